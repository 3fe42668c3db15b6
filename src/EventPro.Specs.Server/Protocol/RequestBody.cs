using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Server.Protocol;

/// <summary>Reads and parses a request body: at most the size limit, one JSON object, or a SerializationException.</summary>
public static class RequestBody
{
    /// <summary>Reads the body, refusing more than <paramref name="limit"/> bytes without reading the rest.</summary>
    public static async Task<byte[]> ReadAsync(Stream body, int limit, CancellationToken cancellation)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while (true)
        {
            var read = await body.ReadAsync(chunk, cancellation).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.ToArray();
            }

            if (buffer.Length + read > limit)
            {
                throw StepFunctionsApi.TooLarge(buffer.Length + read);
            }

            buffer.Write(chunk, 0, read);
        }
    }

    /// <summary>The body as a JSON object; an empty body is <c>{}</c>. Anything else is a SerializationException.</summary>
    public static JsonObject Parse(byte[] body)
    {
        if (body.Length == 0)
        {
            return JsonObject.Empty;
        }

        JsonValue value;
        try
        {
            value = JsonParser.Parse(body, sourceMap: null);
        }
        catch (JsonParseException e)
        {
            throw ApiErrors.Serialization($"The request body is not JSON: {e.Reason} at line {e.Line}, column {e.Column}");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            // Invalid UTF-8 inside a string surfaces from the reader as one of these.
            throw ApiErrors.Serialization($"The request body is not UTF-8 JSON: {e.Message}");
        }

        return value as JsonObject ?? throw ApiErrors.Serialization($"The request body must be a JSON object, not {value.TypeName}");
    }
}
