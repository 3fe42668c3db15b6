using System.Text;
using System.Text.Json;

namespace EventPro.Specs.Engine.Json;

/// <summary>Parses JSON text into immutable <see cref="JsonValue"/>s, optionally recording where each value stands.</summary>
public static class JsonParser
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 512, CommentHandling = JsonCommentHandling.Disallow };

    /// <summary>Parses <paramref name="text"/>; when <paramref name="sourceMap"/> is given, records each value's line and column.</summary>
    public static JsonValue Parse(string text, JsonSourceMap? sourceMap)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return Parse(bytes, sourceMap);
    }

    /// <summary>Parses UTF-8 JSON.</summary>
    public static JsonValue Parse(ReadOnlySpan<byte> utf8, JsonSourceMap? sourceMap)
    {
        var positions = sourceMap is null ? null : new TextPositions(utf8);
        var reader = new Utf8JsonReader(utf8, Options);
        try
        {
            if (!reader.Read())
            {
                throw new JsonParseException("the text is empty", 1, 1);
            }

            var value = ReadValue(ref reader, sourceMap, positions, string.Empty);
            if (reader.Read())
            {
                var (line, column) = (positions ?? new TextPositions(utf8)).Locate(reader.TokenStartIndex);
                throw new JsonParseException("unexpected text after the end of the JSON value", line, column);
            }

            return value;
        }
        catch (JsonParseException e) when (e.Line == -1)
        {
            // Thrown from ReadValue with only a byte offset: turn it into a line and column.
            var (line, column) = (positions ?? new TextPositions(utf8)).Locate(e.Column);
            throw new JsonParseException(e.Reason, line, column);
        }
        catch (JsonException e)
        {
            var reason = e.Message;
            var cut = reason.IndexOf(" LineNumber", StringComparison.Ordinal);
            if (cut > 0)
            {
                reason = reason[..cut].TrimEnd(' ', '.');
            }

            // The reader counts bytes into the line; report characters, as editors do.
            positions ??= new TextPositions(utf8);
            var (line, column) = positions.Locate(positions.Offset(e.LineNumber ?? 0, e.BytePositionInLine ?? 0));
            throw new JsonParseException(reason, line, column);
        }
    }

    private static JsonValue ReadValue(ref Utf8JsonReader reader, JsonSourceMap? map, TextPositions? positions, string pointer)
    {
        if (map is not null)
        {
            var (line, column) = positions!.Locate(reader.TokenStartIndex);
            map.Add(pointer, line, column);
        }

        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                {
                    var builder = new JsonObjectBuilder();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                    {
                        var key = ReadString(ref reader);
                        if (map is not null && builder.ContainsKey(key))
                        {
                            // JSON keeps the last of duplicate keys; record the loss so a validator can report it.
                            var (line, column) = positions!.Locate(reader.TokenStartIndex);
                            map.AddDuplicateKey(JsonPointer.Append(pointer, key), line, column);
                        }

                        reader.Read();
                        builder[key] = ReadValue(ref reader, map, positions, map is null ? pointer : JsonPointer.Append(pointer, key));
                    }

                    return builder.Build();
                }

            case JsonTokenType.StartArray:
                {
                    var items = new List<JsonValue>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        items.Add(ReadValue(ref reader, map, positions, map is null ? pointer : JsonPointer.Append(pointer, items.Count)));
                    }

                    return JsonArray.Adopt(items.ToArray());
                }

            case JsonTokenType.String:
                return new JsonString(ReadString(ref reader));
            case JsonTokenType.Number:
                {
                    var literal = Encoding.UTF8.GetString(reader.ValueSpan);
                    if (JsonNumber.FromLiteral(literal) is { } number)
                    {
                        return number;
                    }

                    throw new JsonParseException($"the number {literal} is out of range", (int)reader.TokenStartIndex);
                }
            case JsonTokenType.True:
                return JsonBoolean.True;
            case JsonTokenType.False:
                return JsonBoolean.False;
            default:
                return JsonNull.Instance;
        }
    }

    /// <summary>
    /// The string value of the current token. JSON allows escapes of lone surrogates
    /// (<c>"\ud800"</c>), which System.Text.Json refuses to turn into a string; those are decoded here.
    /// </summary>
    private static string ReadString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException) when (reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            return Unescape(Encoding.UTF8.GetString(reader.ValueSpan));
        }
    }

    private static string Unescape(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c != '\\' || i + 1 >= raw.Length)
            {
                sb.Append(c);
                continue;
            }

            var e = raw[++i];
            switch (e)
            {
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u':
                    sb.Append((char)Convert.ToInt32(raw.Substring(i + 1, 4), 16));
                    i += 4;
                    break;
                default: sb.Append(e); break;
            }
        }

        return sb.ToString();
    }
}
