namespace EventPro.Specs.Engine.Json;

/// <summary>
/// An immutable JSON value. The engine passes state input and output between states without
/// copying: a value is never changed after it is built, so any part of it can be shared by many
/// documents (ResultPath merges, history events and Map items all point at the same nodes).
/// </summary>
public abstract class JsonValue : IEquatable<JsonValue>
{
    private protected JsonValue()
    {
    }

    /// <summary>The UTF-8 size of the compact JSON text, once computed (-1 before). Values are immutable, so it never goes stale.</summary>
    internal long CachedUtf8Size = -1;

    /// <summary>Which of the six JSON kinds this value is.</summary>
    public abstract JsonKind Kind { get; }

    /// <summary>Parses JSON text; throws <see cref="JsonParseException"/> with line and column on bad input.</summary>
    public static JsonValue Parse(string text) => JsonParser.Parse(text, sourceMap: null);

    /// <summary>Converts a .NET string to a JSON string.</summary>
    public static implicit operator JsonValue(string value) => new JsonString(value);

    /// <summary>Converts a .NET integer to a JSON number.</summary>
    public static implicit operator JsonValue(long value) => JsonNumber.From(value);

    /// <summary>Converts a .NET double to a JSON number.</summary>
    public static implicit operator JsonValue(double value) => JsonNumber.From(value);

    /// <summary>Converts a .NET bool to a JSON boolean.</summary>
    public static implicit operator JsonValue(bool value) => JsonBoolean.From(value);

    /// <summary>The compact JSON text of this value, written as AWS writes it (no spaces, non-ASCII kept).</summary>
    public string ToJson() => JsonWriter.Write(this, indented: false);

    /// <summary>The JSON text of this value with two-space indentation.</summary>
    public string ToIndentedJson() => JsonWriter.Write(this, indented: true);

    /// <inheritdoc />
    public override string ToString() => ToJson();

    /// <summary>Deep structural equality; numbers compare by value (1 equals 1.0), object key order is ignored.</summary>
    public abstract bool Equals(JsonValue? other);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is JsonValue other && Equals(other);

    /// <inheritdoc />
    public abstract override int GetHashCode();

    /// <summary>The JSON type name AWS uses in error messages.</summary>
    public string TypeName => Kind switch
    {
        JsonKind.Null => "null",
        JsonKind.Boolean => "boolean",
        JsonKind.Number => "number",
        JsonKind.String => "string",
        JsonKind.Array => "array",
        _ => "object",
    };
}
