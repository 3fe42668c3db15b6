namespace EventPro.Specs.Engine.Json;

/// <summary>Where each value of a parsed document stands in its text: JSON pointer to 1-based line and column.</summary>
public sealed class JsonSourceMap
{
    private readonly Dictionary<string, (int Line, int Column)> _positions = new(StringComparer.Ordinal);

    private readonly List<(string Pointer, int Line, int Column)> _duplicateKeys = [];

    /// <summary>Keys that appeared more than once in one object (JSON keeps the last value): the member's pointer and where the repeated key stands.</summary>
    public IReadOnlyList<(string Pointer, int Line, int Column)> DuplicateKeys => _duplicateKeys;

    /// <summary>Records a position (the parser calls this).</summary>
    internal void Add(string pointer, int line, int column) => _positions[pointer] = (line, column);

    /// <summary>Records a repeated key (the parser calls this).</summary>
    internal void AddDuplicateKey(string pointer, int line, int column) => _duplicateKeys.Add((pointer, line, column));

    /// <summary>The position of the value at <paramref name="pointer"/>, or of its nearest recorded ancestor.</summary>
    public (int Line, int Column) Locate(string pointer)
    {
        var p = pointer;
        while (true)
        {
            if (_positions.TryGetValue(p, out var position))
            {
                return position;
            }

            if (p.Length == 0)
            {
                return (1, 1);
            }

            var slash = p.LastIndexOf('/');
            p = slash <= 0 ? string.Empty : p[..slash];
        }
    }
}
