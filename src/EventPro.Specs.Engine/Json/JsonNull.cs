namespace EventPro.Specs.Engine.Json;

/// <summary>The JSON <c>null</c> value (a singleton).</summary>
public sealed class JsonNull : JsonValue
{
    /// <summary>The single null value.</summary>
    public static readonly JsonNull Instance = new();

    private JsonNull()
    {
    }

    /// <inheritdoc />
    public override JsonKind Kind => JsonKind.Null;

    /// <inheritdoc />
    public override bool Equals(JsonValue? other) => other is JsonNull;

    /// <inheritdoc />
    public override int GetHashCode() => 0;
}
