using System.Globalization;
using System.Text;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata.Evaluation;
using static EventPro.Specs.Engine.Jsonata.Functions.FunctionLibrary;

namespace EventPro.Specs.Engine.Jsonata.Functions;

/// <summary>
/// Base64 and URL encoding. Base64 works on the string's characters as bytes (Node's 'binary'
/// encoding, as the reference uses); the URL functions follow JavaScript's encodeURI(Component)
/// and decodeURI(Component), whose failures are D3140.
/// </summary>
internal static class EncodingFunctions
{
    private const string UriReserved = ";/?:@&=+$,#";
    private const string UriUnreservedMarks = "-_.!~*'()";

    /// <summary>The functions of this family.</summary>
    public static IEnumerable<NativeFunction> All() =>
    [
        new("base64encode", "<s-:s>", (_, a) => Arg(a, 0) is JsonString s ? new JsonString(Base64Encode(s.Value)) : null),
        new("base64decode", "<s-:s>", (_, a) => Arg(a, 0) is JsonString s ? new JsonString(Base64Decode(s.Value)) : null),
        new("encodeUrlComponent", "<s-:s>", (_, a) => Arg(a, 0) is JsonString s ? new JsonString(Encode(s.Value, UriUnreservedMarks, "encodeUrlComponent")) : null),
        new("encodeUrl", "<s-:s>", (_, a) => Arg(a, 0) is JsonString s ? new JsonString(Encode(s.Value, UriUnreservedMarks + UriReserved, "encodeUrl")) : null),
        new("decodeUrlComponent", "<s-:s>", (_, a) => Arg(a, 0) is JsonString s ? new JsonString(Decode(s.Value, string.Empty, "decodeUrlComponent")) : null),
        new("decodeUrl", "<s-:s>", (_, a) => Arg(a, 0) is JsonString s ? new JsonString(Decode(s.Value, UriReserved, "decodeUrl")) : null),
    ];

    private static string Base64Encode(string value)
    {
        var bytes = new byte[value.Length];
        for (var i = 0; i < value.Length; i++)
        {
            bytes[i] = (byte)value[i];
        }

        return Convert.ToBase64String(bytes);
    }

    private static string Base64Decode(string value)
    {
        // Node ignores characters outside the alphabet and missing padding.
        var clean = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '+' or '/')
            {
                clean.Append(c);
            }
            else if (c is '-')
            {
                clean.Append('+');
            }
            else if (c is '_')
            {
                clean.Append('/');
            }
        }

        while (clean.Length % 4 != 0)
        {
            if (clean.Length % 4 == 1)
            {
                clean.Length--;
                continue;
            }

            clean.Append('=');
        }

        var bytes = Convert.FromBase64String(clean.ToString());
        var sb = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            sb.Append((char)b);
        }

        return sb.ToString();
    }

    private static string Encode(string value, string keep, string functionName)
    {
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsAsciiLetterOrDigit(c) || keep.Contains(c, StringComparison.Ordinal))
            {
                sb.Append(c);
                continue;
            }

            int codePoint;
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                {
                    throw Malformed(value, functionName);
                }

                codePoint = char.ConvertToUtf32(c, value[i + 1]);
                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                throw Malformed(value, functionName);
            }
            else
            {
                codePoint = c;
            }

            foreach (var b in Encoding.UTF8.GetBytes(char.ConvertFromUtf32(codePoint)))
            {
                sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    private static string Decode(string value, string reserved, string functionName)
    {
        var sb = new StringBuilder(value.Length);
        var i = 0;
        while (i < value.Length)
        {
            if (value[i] != '%')
            {
                sb.Append(value[i++]);
                continue;
            }

            var start = i;
            var first = ReadByte(value, i, functionName);
            i += 3;
            if (first < 0x80)
            {
                var c = (char)first;
                if (reserved.Contains(c, StringComparison.Ordinal))
                {
                    sb.Append(value, start, 3);
                }
                else
                {
                    sb.Append(c);
                }

                continue;
            }

            var length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 0;
            if (length == 0 || first >= 0xF8)
            {
                throw Malformed(value, functionName);
            }

            var bytes = new byte[length];
            bytes[0] = (byte)first;
            for (var k = 1; k < length; k++)
            {
                if (i >= value.Length || value[i] != '%')
                {
                    throw Malformed(value, functionName);
                }

                var next = ReadByte(value, i, functionName);
                if ((next & 0xC0) != 0x80)
                {
                    throw Malformed(value, functionName);
                }

                bytes[k] = (byte)next;
                i += 3;
            }

            try
            {
                sb.Append(new UTF8Encoding(false, true).GetString(bytes));
            }
            catch (DecoderFallbackException)
            {
                throw Malformed(value, functionName);
            }
        }

        return sb.ToString();
    }

    private static int ReadByte(string value, int index, string functionName)
    {
        if (index + 2 >= value.Length || !char.IsAsciiHexDigit(value[index + 1]) || !char.IsAsciiHexDigit(value[index + 2]))
        {
            throw Malformed(value, functionName);
        }

        return int.Parse(value.AsSpan(index + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
    }

    private static JsonataException Malformed(string value, string functionName)
    {
        var error = JsonataErrors.WithValue("D3140", new JsonString(value));
        error.Detail = functionName;
        return error;
    }
}
