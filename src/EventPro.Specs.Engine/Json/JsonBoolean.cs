namespace EventPro.Specs.Engine.Json;

/// <summary>A JSON boolean; the two instances are shared.</summary>
public sealed class JsonBoolean : JsonValue
{
    /// <summary><c>true</c>.</summary>
    public static readonly JsonBoolean True = new(true);

    /// <summary><c>false</c>.</summary>
    public static readonly JsonBoolean False = new(false);

    private JsonBoolean(bool value) => Value = value;

    /// <summary>The boolean.</summary>
    public bool Value { get; }

    /// <summary>The shared instance for <paramref name="value"/>.</summary>
    public static JsonBoolean From(bool value) => value ? True : False;

    /// <inheritdoc />
    public override JsonKind Kind => JsonKind.Boolean;

    /// <inheritdoc />
    public override bool Equals(JsonValue? other) => other is JsonBoolean b && b.Value == Value;

    /// <inheritdoc />
    public override int GetHashCode() => Value ? 1 : 2;
}
