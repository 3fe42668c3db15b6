using System.Globalization;
using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Harness.Fakes;

/// <summary>
/// Reads the fields a fake needs from a Task's parameters. A missing or mistyped field fails the
/// task the way the real service would reject a malformed request (a validation error), so a chaos
/// outcome that breaks the data flow shows up as a task failure instead of a crash of the fake.
/// </summary>
internal static class FakeJson
{
    /// <summary>The value at <paramref name="path"/> (object keys), or null when any step is missing.</summary>
    public static JsonValue? At(JsonValue? value, params ReadOnlySpan<string> path)
    {
        foreach (var key in path)
        {
            if (value is not JsonObject o || !o.TryGetValue(key, out value))
            {
                return null;
            }
        }

        return value;
    }

    /// <summary>The string at <paramref name="path"/>; a number is formatted; otherwise the task fails with <paramref name="error"/>.</summary>
    public static string Text(JsonValue parameters, string error, params ReadOnlySpan<string> path) => At(parameters, path) switch
    {
        JsonString s => s.Value,
        JsonNumber n => n.Format(),
        _ => throw new StatesException(error, $"1 validation error detected: Value at '{string.Join('.', path.ToArray())}' failed to satisfy constraint: Member must not be null"),
    };

    /// <summary>The string at <paramref name="path"/>, or null.</summary>
    public static string? OptionalText(JsonValue? parameters, params ReadOnlySpan<string> path) => At(parameters, path) switch
    {
        JsonString s => s.Value,
        JsonNumber n => n.Format(),
        _ => null,
    };

    /// <summary>The number at <paramref name="path"/> (a numeric string is read too); otherwise the task fails with <paramref name="error"/>.</summary>
    public static decimal Number(JsonValue parameters, string error, params ReadOnlySpan<string> path)
    {
        var value = At(parameters, path);
        if (value is JsonNumber n)
        {
            return (decimal)n.Value;
        }

        if (value is JsonString s && decimal.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        throw new StatesException(error, $"Invalid number at '{string.Join('.', path.ToArray())}': {value?.ToJson() ?? "missing"}");
    }

    /// <summary>A decimal as a JSON number.</summary>
    public static JsonNumber ToJson(decimal value) => JsonNumber.From((double)value);
}
