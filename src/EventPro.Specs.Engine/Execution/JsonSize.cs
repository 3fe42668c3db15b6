using System.Buffers;
using System.Text;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Execution;

/// <summary>
/// The UTF-8 size of a value's compact JSON text, computed without writing it. Sizes of arrays and
/// objects are cached on the (immutable) nodes, so checking each state's output against the payload
/// quota only measures what the state newly built.
/// </summary>
internal static class JsonSize
{
    public static long Utf8Length(JsonValue value) => value switch
    {
        JsonNull => 4,
        JsonBoolean b => b.Value ? 4 : 5,
        JsonNumber n => n.Format().Length,
        JsonString s => StringLength(s.Value),
        JsonArray a => a.CachedUtf8Size >= 0 ? a.CachedUtf8Size : a.CachedUtf8Size = ArrayLength(a),
        JsonObject o => o.CachedUtf8Size >= 0 ? o.CachedUtf8Size : o.CachedUtf8Size = ObjectLength(o),
        _ => 0,
    };

    private static long ArrayLength(JsonArray a)
    {
        long total = 2 + Math.Max(0, a.Count - 1);
        foreach (var item in a.AsSpan())
        {
            total += Utf8Length(item);
        }

        return total;
    }

    private static long ObjectLength(JsonObject o)
    {
        long total = 2 + Math.Max(0, o.Count - 1);
        foreach (var (key, member) in o.AsSpan())
        {
            total += StringLength(key) + 1 + Utf8Length(member);
        }

        return total;
    }

    // Printable ASCII other than '"' and '\\' is written as is, one byte per char: most keys and values.
    private static readonly SearchValues<char> Plain = SearchValues.Create(PlainChars());

    private static long StringLength(string s)
    {
        // Vectorised check first: a plain string's size is its length plus the quotes.
        if (!s.AsSpan().ContainsAnyExcept(Plain))
        {
            return s.Length + 2;
        }

        long length = Encoding.UTF8.GetByteCount(s) + 2;
        foreach (var c in s)
        {
            if (c < 0x20)
            {
                length += 5;
            }
            else if (c is '"' or '\\')
            {
                length += 1;
            }
        }

        return length;
    }

    private static string PlainChars()
    {
        var chars = new StringBuilder();
        for (var c = ' '; c <= '~'; c++)
        {
            if (c is not ('"' or '\\'))
            {
                chars.Append(c);
            }
        }

        return chars.ToString();
    }
}
