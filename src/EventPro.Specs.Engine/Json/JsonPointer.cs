using System.Text;

namespace EventPro.Specs.Engine.Json;

/// <summary>RFC 6901 JSON pointers, the way findings and errors name a place in a definition.</summary>
public static class JsonPointer
{
    /// <summary>Appends one reference token (escaping <c>~</c> and <c>/</c>) to a pointer.</summary>
    public static string Append(string pointer, string token)
    {
        if (token.AsSpan().IndexOfAny('~', '/') < 0)
        {
            return string.Concat(pointer, "/", token);
        }

        var sb = new StringBuilder(pointer).Append('/');
        foreach (var c in token)
        {
            _ = c switch
            {
                '~' => sb.Append("~0"),
                '/' => sb.Append("~1"),
                _ => sb.Append(c),
            };
        }

        return sb.ToString();
    }

    /// <summary>Appends an array index to a pointer.</summary>
    public static string Append(string pointer, int index) => string.Concat(pointer, "/", index.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
