namespace EventPro.Specs.Engine.Json;

/// <summary>A JSON string.</summary>
public sealed class JsonString : JsonValue
{
    /// <summary>The empty string.</summary>
    public static readonly JsonString Empty = new(string.Empty);

    /// <summary>Creates a JSON string.</summary>
    public JsonString(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The string.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public override JsonKind Kind => JsonKind.String;

    /// <inheritdoc />
    public override bool Equals(JsonValue? other) => other is JsonString s && string.Equals(s.Value, Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);
}
