using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Integrations.Aws;

/// <summary>Reading the body of an AWS JSON protocol answer (service answers and error documents alike).</summary>
public static class AwsJsonBody
{
    /// <summary>The object <paramref name="text"/> holds, <see cref="JsonObject.Empty"/> for an empty body, null when it is not a JSON object.</summary>
    public static JsonObject? ParseObject(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return JsonObject.Empty;
        }

        try
        {
            return JsonValue.Parse(text) as JsonObject;
        }
        catch (JsonParseException)
        {
            return null;
        }
    }

    /// <summary>The string member <paramref name="key"/> of <paramref name="body"/>, or null.</summary>
    public static string? Text(JsonObject? body, string key) => body?.GetOrNull(key) is JsonString s ? s.Value : null;
}
