using System.Globalization;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Server.Protocol;

/// <summary>
/// Reads the members of a request body the way the AWS API model declares them. A member of the
/// wrong JSON type is a SerializationException at once (AWS cannot even deserialize the request);
/// a member that breaks a constraint (required, length, range, enum) is collected, and
/// <see cref="ThrowIfInvalid"/> reports them all in Coral's form:
/// <c>2 validation errors detected: Value 'x' at 'name' failed to satisfy constraint: ...; ...</c>.
/// A JSON null counts as an absent member, as AWS's deserializer treats it.
/// </summary>
public sealed class RequestFields
{
    private readonly JsonObject _body;
    private readonly string _pathPrefix;
    private readonly List<string> _violations;

    /// <summary>Reads the top-level members of <paramref name="body"/>.</summary>
    public RequestFields(JsonObject body)
        : this(body, string.Empty, [])
    {
    }

    private RequestFields(JsonObject body, string pathPrefix, List<string> violations)
    {
        _body = body;
        _pathPrefix = pathPrefix;
        _violations = violations;
    }

    /// <summary>The body these fields are read from.</summary>
    public JsonObject Body => _body;

    /// <summary>Whether the member is present and not null.</summary>
    public bool Has(string name) => Get(name) is not null;

    /// <summary>A string member; null when absent.</summary>
    /// <param name="name">The member name.</param>
    /// <param name="min">Minimum length (characters).</param>
    /// <param name="max">Maximum length (characters).</param>
    /// <param name="required">Whether the model marks it required.</param>
    /// <param name="sensitive">Whether the model marks it sensitive (its value is not echoed in messages).</param>
    public string? String(string name, int min = 0, int max = int.MaxValue, bool required = false, bool sensitive = false)
    {
        switch (Get(name))
        {
            case null:
                Required(name, required);
                return null;
            case JsonString s:
                if (s.Value.Length < min)
                {
                    Violation(Shown(s.Value, sensitive), name, $"Member must have length greater than or equal to {min}");
                }
                else if (s.Value.Length > max)
                {
                    Violation(Shown(s.Value, sensitive), name, $"Member must have length less than or equal to {max}");
                }

                return s.Value;
            case var other:
                throw WrongType(name, "string", other);
        }
    }

    /// <summary>A string member that must be one of <paramref name="values"/>; null when absent.</summary>
    public string? Enum(string name, IReadOnlyList<string> values, bool required = false)
    {
        var value = String(name, required: required);
        if (value is not null && !values.Contains(value, StringComparer.Ordinal))
        {
            Violation(Shown(value, sensitive: false), name, $"Member must satisfy enum value set: [{string.Join(", ", values)}]");
        }

        return value;
    }

    /// <summary>An integer member; null when absent.</summary>
    public int? Integer(string name, int min = int.MinValue, int max = int.MaxValue)
    {
        switch (Get(name))
        {
            case null:
                return null;
            case JsonNumber n when n.TryGetInt32(out var value):
                if (value < min)
                {
                    Violation($"'{value}'", name, $"Member must have value greater than or equal to {min}");
                }
                else if (value > max)
                {
                    Violation($"'{value}'", name, $"Member must have value less than or equal to {max}");
                }

                return value;
            case JsonNumber n:
                throw ApiErrors.Serialization($"The member '{Path(name)}' must be a 32-bit integer, not {n.Format()}.");
            case var other:
                throw WrongType(name, "number", other);
        }
    }

    /// <summary>A boolean member; null when absent.</summary>
    public bool? Boolean(string name) => Get(name) switch
    {
        null => null,
        JsonBoolean b => b.Value,
        var other => throw WrongType(name, "boolean", other),
    };

    /// <summary>A structure member as fields of its own (violations are reported together with this request's); null when absent.</summary>
    public RequestFields? Structure(string name, bool required = false) => Get(name) switch
    {
        null => RequiredNull(name, required),
        JsonObject o => new RequestFields(o, Path(name) + ".", _violations),
        var other => throw WrongType(name, "object", other),
    };

    /// <summary>A list member; null when absent.</summary>
    public JsonArray? List(string name, bool required = false) => Get(name) switch
    {
        null => RequiredNull<JsonArray>(name, required),
        JsonArray a => a,
        var other => throw WrongType(name, "array", other),
    };

    /// <summary>The structures of a list member, each read as fields named <c>list.N.member</c> as Coral names them.</summary>
    public IReadOnlyList<RequestFields> StructureList(string name, bool required = false)
    {
        var list = List(name, required);
        if (list is null)
        {
            return [];
        }

        var items = new List<RequestFields>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not JsonObject o)
            {
                throw ApiErrors.Serialization($"The member '{Path(name)}' must be a list of objects, but item {i} is {list[i].TypeName}.");
            }

            items.Add(new RequestFields(o, $"{Path(name)}.{i + 1}.member.", _violations));
        }

        return items;
    }

    /// <summary>The strings of a list member, each checked for length.</summary>
    public IReadOnlyList<string> StringList(string name, int min, int max, bool required = false)
    {
        var list = List(name, required);
        if (list is null)
        {
            return [];
        }

        var items = new List<string>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not JsonString s)
            {
                throw ApiErrors.Serialization($"The member '{Path(name)}' must be a list of strings, but item {i} is {list[i].TypeName}.");
            }

            var at = $"{name}.{i + 1}.member";
            if (s.Value.Length < min)
            {
                Violation(Shown(s.Value, false), at, $"Member must have length greater than or equal to {min}");
            }
            else if (s.Value.Length > max)
            {
                Violation(Shown(s.Value, false), at, $"Member must have length less than or equal to {max}");
            }

            items.Add(s.Value);
        }

        return items;
    }

    /// <summary>Throws the ValidationException of every violation found so far, if any.</summary>
    public void ThrowIfInvalid()
    {
        if (_violations.Count == 0)
        {
            return;
        }

        var noun = _violations.Count == 1 ? "error" : "errors";
        throw ApiErrors.Validation($"{_violations.Count.ToString(CultureInfo.InvariantCulture)} validation {noun} detected: {string.Join("; ", _violations)}");
    }

    private JsonValue? Get(string name) => _body.TryGetValue(name, out var value) && value is not JsonNull ? value : null;

    private string Path(string name) => _pathPrefix + name;

    private void Required(string name, bool required)
    {
        if (required)
        {
            _violations.Add($"Value null at '{Path(name)}' failed to satisfy constraint: Member must not be null");
        }
    }

    private RequestFields? RequiredNull(string name, bool required)
    {
        Required(name, required);
        return null;
    }

    private T? RequiredNull<T>(string name, bool required)
        where T : class
    {
        Required(name, required);
        return null;
    }

    private void Violation(string shownValue, string name, string constraint) =>
        _violations.Add($"Value {shownValue} at '{Path(name)}' failed to satisfy constraint: {constraint}");

    // AWS does not echo sensitive members (definitions, inputs, outputs) in its messages.
    private static string Shown(string value, bool sensitive) => sensitive ? "'*** Sensitive Data Redacted ***'" : $"'{value}'";

    private ApiException WrongType(string name, string expected, JsonValue actual) =>
        ApiErrors.Serialization($"The member '{Path(name)}' must be a JSON {expected}, not {actual.TypeName}.");
}
