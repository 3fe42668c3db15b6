namespace EventPro.Specs.Engine.Json;

/// <summary>
/// Turns byte offsets in UTF-8 text into 1-based lines and columns counted in characters (UTF-16
/// code units, as editors count them), not bytes: "é" is one column, not two.
/// </summary>
internal sealed class TextPositions
{
    private readonly List<int> _lineStarts = [0];

    /// <summary>For non-ASCII text, the number of UTF-16 code units before each byte offset; null for ASCII, where they are equal.</summary>
    private readonly int[]? _units;

    public TextPositions(ReadOnlySpan<byte> utf8)
    {
        var ascii = true;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }

            ascii &= utf8[i] < 0x80;
        }

        if (ascii)
        {
            return;
        }

        _units = new int[utf8.Length + 1];
        for (var i = 0; i < utf8.Length; i++)
        {
            // A continuation byte (10xxxxxx) starts no character; a 4-byte sequence is a surrogate pair.
            var b = utf8[i];
            _units[i + 1] = _units[i] + ((b & 0xC0) == 0x80 ? 0 : b >= 0xF0 ? 2 : 1);
        }
    }

    /// <summary>The line and column of the byte at <paramref name="offset"/>.</summary>
    public (int Line, int Column) Locate(long offset)
    {
        var at = (int)Math.Clamp(offset, 0, int.MaxValue);
        var i = _lineStarts.BinarySearch(at);
        if (i < 0)
        {
            i = ~i - 1;
        }

        var start = _lineStarts[i];
        var column = _units is null ? at - start : _units[Math.Min(at, _units.Length - 1)] - _units[start];
        return (i + 1, column + 1);
    }

    /// <summary>The byte offset of byte <paramref name="bytesIntoLine"/> of 0-based line <paramref name="line"/>.</summary>
    public long Offset(long line, long bytesIntoLine) =>
        _lineStarts[(int)Math.Clamp(line, 0, _lineStarts.Count - 1)] + bytesIntoLine;
}
