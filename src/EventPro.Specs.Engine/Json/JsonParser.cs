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
                        var key = reader.GetString()!;
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
                return new JsonString(reader.GetString()!);
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
}
