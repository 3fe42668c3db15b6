using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Validation;

namespace EventPro.Specs.Engine.Definition;

/// <summary>
/// A JSON object of the definition being read, with its pointer, the state it belongs to and the
/// query language in force, so every problem can say exactly where it is. Reading a field marks it
/// as known; fields never read are reported as unknown (AWS refuses unknown fields).
/// </summary>
/// <remarks>
/// Every problem goes through <see cref="DefinitionReader.Report"/>: the engine's reader throws on the first one, the
/// validator's collects them all. When a value is wrong, the typed readers report it and return null
/// (as if the field were absent), so the caller can go on reading the rest.
/// </remarks>
internal sealed class DefinitionNode
{
    private readonly DefinitionReader _reader;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public DefinitionNode(DefinitionReader reader, JsonObject value, string pointer, string? stateName, QueryLanguage language)
    {
        _reader = reader;
        Value = value;
        Pointer = pointer;
        StateName = stateName;
        Language = language;
    }

    public JsonObject Value { get; }

    public string Pointer { get; }

    public string? StateName { get; }

    /// <summary>The query language in force for this object (a state may change it with its QueryLanguage field).</summary>
    public QueryLanguage Language { get; set; }

    public bool Has(string field)
    {
        _read.Add(field);
        return Value.ContainsKey(field);
    }

    public JsonValue? Raw(string field)
    {
        _read.Add(field);
        return Value.GetOrNull(field);
    }

    public string PointerOf(string field) => JsonPointer.Append(Pointer, field);

    /// <summary>Reports a problem with <paramref name="field"/> (the whole object when empty).</summary>
    public void Report(string code, string field, string reason) => _reader.Report(code, field.Length == 0 ? Pointer : PointerOf(field), StateName, reason);

    /// <summary>Reports a problem with item <paramref name="index"/> of the array <paramref name="field"/>.</summary>
    public void Report(string code, string field, int index, string reason) => _reader.Report(code, JsonPointer.Append(PointerOf(field), index), StateName, reason);

    public string? OptionalString(string field)
    {
        var value = Raw(field);
        switch (value)
        {
            case null:
                return null;
            case JsonString s:
                return s.Value;
            default:
                Report(AslCodes.WrongType, field, $"{field} must be a string, not {value.TypeName}");
                return null;
        }
    }

    public string? RequiredString(string field)
    {
        if (!Has(field))
        {
            Report(AslCodes.MissingField, string.Empty, $"the required field {field} is missing");
            return null;
        }

        return OptionalString(field);
    }

    public bool OptionalBool(string field)
    {
        var value = Raw(field);
        switch (value)
        {
            case null:
                return false;
            case JsonBoolean b:
                return b.Value;
            default:
                Report(AslCodes.WrongType, field, $"{field} must be true or false, not {value.TypeName}");
                return false;
        }
    }

    /// <summary>A number, or null when absent, wrong, or (when <paramref name="allowExpression"/> in a JSONata state) a <c>{% %}</c> expression.</summary>
    public double? OptionalNumber(string field, bool allowExpression = false)
    {
        var value = Raw(field);
        switch (value)
        {
            case null:
                return null;
            case JsonNumber n:
                return n.Value;
            default:
                if (!(allowExpression && IsExpression(value)))
                {
                    Report(AslCodes.WrongType, field, $"{field} must be a number{ExpressionHint(allowExpression)}, not {value.TypeName}");
                }

                return null;
        }
    }

    /// <summary>An integer in [<paramref name="min"/>, <paramref name="max"/>], or null when absent, wrong, or an allowed JSONata expression.</summary>
    public int? OptionalInt(string field, int min, int max, bool allowExpression = false)
    {
        var value = Raw(field);
        if (value is null || (allowExpression && IsExpression(value)))
        {
            return null;
        }

        if (value is not JsonNumber n || !n.TryGetInt64(out var l))
        {
            Report(value is JsonNumber ? AslCodes.InvalidValue : AslCodes.WrongType, field, $"{field} must be an integer{ExpressionHint(allowExpression)}, not {value.ToJson()}");
            return null;
        }

        if (l < min || l > max)
        {
            Report(AslCodes.InvalidValue, field, $"{field} must be between {min} and {max}, not {l}");
            return null;
        }

        return (int)l;
    }

    public JsonObject? OptionalObject(string field)
    {
        var value = Raw(field);
        switch (value)
        {
            case null:
                return null;
            case JsonObject o:
                return o;
            default:
                Report(AslCodes.WrongType, field, $"{field} must be an object, not {value.TypeName}");
                return null;
        }
    }

    /// <summary>The object, or null after reporting it missing or of the wrong type.</summary>
    public JsonObject? RequiredObject(string field)
    {
        if (!Has(field))
        {
            Report(AslCodes.MissingField, string.Empty, $"the required field {field} is missing");
            return null;
        }

        return OptionalObject(field);
    }

    public JsonArray? OptionalArray(string field)
    {
        var value = Raw(field);
        switch (value)
        {
            case null:
                return null;
            case JsonArray a:
                return a;
            default:
                Report(AslCodes.WrongType, field, $"{field} must be an array, not {value.TypeName}");
                return null;
        }
    }

    /// <summary>The array, or null after reporting it missing, of the wrong type, or empty.</summary>
    public JsonArray? RequiredArray(string field, string emptyReason)
    {
        if (!Has(field))
        {
            Report(AslCodes.MissingField, string.Empty, $"the required field {field} is missing");
            return null;
        }

        var array = OptionalArray(field);
        if (array is { Count: 0 })
        {
            Report(AslCodes.EmptyCollection, field, emptyReason);
            return null;
        }

        return array;
    }

    public DefinitionNode Child(string field, JsonObject value) => new(_reader, value, PointerOf(field), StateName, Language);

    /// <summary>The node of array item <paramref name="index"/>, or null after reporting that it is not an object.</summary>
    public DefinitionNode? Item(string field, int index, JsonValue value, string what)
    {
        var pointer = JsonPointer.Append(PointerOf(field), index);
        if (value is JsonObject o)
        {
            return new DefinitionNode(_reader, o, pointer, StateName, Language);
        }

        _reader.Report(AslCodes.WrongType, pointer, StateName, $"each {what} must be an object, not {value.TypeName}");
        return null;
    }

    /// <summary>
    /// Reports every field that was never read: a typo such as "Nxt" must not be silently ignored.
    /// <paramref name="explain"/> may say where a known field belongs instead (another state type,
    /// the other query language); otherwise the message suggests the closest field that was read.
    /// </summary>
    public void RefuseUnknownFields(string what, Func<string, (string Code, string Reason)?>? explain = null)
    {
        foreach (var (key, _) in Value.AsSpan())
        {
            if (_read.Contains(key))
            {
                continue;
            }

            if (explain?.Invoke(key) is { } explanation)
            {
                Report(explanation.Code, key, explanation.Reason);
                continue;
            }

            var suggestion = FieldSuggestion.Closest(key, _read);
            Report(AslCodes.UnknownField, key, suggestion is null ? $"{key} is not a field of {what}" : $"{key} is not a field of {what}; did you mean {suggestion}?");
        }
    }

    /// <summary>Whether <paramref name="value"/> is a JSONata expression string, <c>{% ... %}</c>, in a JSONata state.</summary>
    public bool IsExpression(JsonValue value) => Language == QueryLanguage.Jsonata && value is JsonString s && JsonataText.IsExpression(s.Value);

    private string ExpressionHint(bool allowExpression) => allowExpression && Language == QueryLanguage.Jsonata ? " or a {% %} expression" : string.Empty;
}
