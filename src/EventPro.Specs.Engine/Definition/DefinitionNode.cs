using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Definition;

/// <summary>
/// A JSON object of the definition being read, with its pointer and the state it belongs to, so
/// every error can say exactly where it is. Reading a field marks it as known; fields never read
/// are reported as unknown (AWS refuses unknown fields).
/// </summary>
internal sealed class DefinitionNode
{
    private readonly DefinitionReader _reader;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public DefinitionNode(DefinitionReader reader, JsonObject value, string pointer, string? stateName)
    {
        _reader = reader;
        Value = value;
        Pointer = pointer;
        StateName = stateName;
    }

    public JsonObject Value { get; }

    public string Pointer { get; }

    public string? StateName { get; }

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

    public DefinitionException Error(string field, string reason) => _reader.Error(field.Length == 0 ? Pointer : PointerOf(field), StateName, reason);

    public string? OptionalString(string field)
    {
        var value = Raw(field);
        return value switch
        {
            null => null,
            JsonString s => s.Value,
            _ => throw Error(field, $"{field} must be a string, not {value.TypeName}"),
        };
    }

    public string RequiredString(string field) =>
        OptionalString(field) ?? throw Error(string.Empty, $"the required field {field} is missing");

    public bool OptionalBool(string field)
    {
        var value = Raw(field);
        return value switch
        {
            null => false,
            JsonBoolean b => b.Value,
            _ => throw Error(field, $"{field} must be true or false, not {value.TypeName}"),
        };
    }

    public double? OptionalNumber(string field)
    {
        var value = Raw(field);
        return value switch
        {
            null => null,
            JsonNumber n => n.Value,
            _ => throw Error(field, $"{field} must be a number, not {value.TypeName}"),
        };
    }

    public int? OptionalInt(string field, int min, int max)
    {
        var value = Raw(field);
        if (value is null)
        {
            return null;
        }

        if (value is not JsonNumber n || !n.TryGetInt64(out var l))
        {
            throw Error(field, $"{field} must be an integer, not {value.ToJson()}");
        }

        if (l < min || l > max)
        {
            throw Error(field, $"{field} must be between {min} and {max}, not {l}");
        }

        return (int)l;
    }

    public JsonObject? OptionalObject(string field)
    {
        var value = Raw(field);
        return value switch
        {
            null => null,
            JsonObject o => o,
            _ => throw Error(field, $"{field} must be an object, not {value.TypeName}"),
        };
    }

    public JsonArray? OptionalArray(string field)
    {
        var value = Raw(field);
        return value switch
        {
            null => null,
            JsonArray a => a,
            _ => throw Error(field, $"{field} must be an array, not {value.TypeName}"),
        };
    }

    public DefinitionNode Child(string field, JsonObject value) => new(_reader, value, PointerOf(field), StateName);

    public DefinitionNode Item(string field, int index, JsonValue value, string what)
    {
        var pointer = JsonPointer.Append(PointerOf(field), index);
        return value is JsonObject o
            ? new DefinitionNode(_reader, o, pointer, StateName)
            : throw _reader.Error(pointer, StateName, $"each {what} must be an object, not {value.TypeName}");
    }

    /// <summary>Refuses any field that was never read: a typo such as "Nxt" must not be silently ignored.</summary>
    public void RefuseUnknownFields(string what)
    {
        foreach (var (key, _) in Value.AsSpan())
        {
            if (!_read.Contains(key))
            {
                throw Error(key, $"{key} is not a field of {what}");
            }
        }
    }
}
