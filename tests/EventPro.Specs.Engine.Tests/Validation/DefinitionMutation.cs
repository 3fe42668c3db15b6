using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Tests.Validation;

/// <summary>
/// One random change to a definition, driven by generated numbers so FsCheck can shrink it: delete a
/// field, give a value another type, point a transition elsewhere, add a field that may not belong,
/// or change a state's Type.
/// </summary>
/// <param name="Kind">Which change (taken modulo the number of kinds).</param>
/// <param name="Site">Which place in the document (modulo the number of candidate places).</param>
/// <param name="Pick">Which replacement value or field (modulo the palette size).</param>
public sealed record DefinitionMutation(int Kind, int Site, int Pick)
{
    private static readonly JsonValue[] Values =
    [
        JsonValue.Parse("0"), JsonValue.Parse("-1"), JsonValue.Parse("1.5"), JsonValue.Parse("100000000000"), "x", "$.a", "$$.Execution.Id",
        "$.items[*]", "States.Format('{}', $.a)", "States.Nope()", "{% $states.input %}", "${table}", JsonBoolean.True, JsonBoolean.False,
        JsonNull.Instance, JsonArray.Of(), JsonObject.Empty, JsonValue.Parse("""["States.ALL"]"""), JsonValue.Parse("""{"a.$":"$.a"}"""),
        "2024-01-01T00:00:00Z", "JSONata",
    ];

    private static readonly (string Field, JsonValue Value)[] Fields =
    [
        ("Next", "A"), ("End", JsonBoolean.True), ("Result", JsonObject.Empty), ("ResultPath", "$.r"), ("ResultPath", JsonNull.Instance),
        ("InputPath", "$.in"), ("OutputPath", "$.out"), ("Parameters", JsonValue.Parse("""{"v.$":"$.a"}""")), ("ResultSelector", JsonValue.Parse("""{"v.$":"$"}""")),
        ("Retry", JsonValue.Parse("""[{"ErrorEquals":["States.ALL"],"MaxAttempts":1}]""")), ("Catch", JsonValue.Parse("""[{"ErrorEquals":["States.ALL"],"Next":"A"}]""")),
        ("Output", JsonObject.Empty), ("Arguments", JsonObject.Empty), ("Resource", "arn:aws:states:::lambda:invoke"), ("TimeoutSeconds", JsonValue.Parse("5")),
        ("HeartbeatSeconds", JsonValue.Parse("10")), ("Seconds", JsonValue.Parse("1")), ("Timestamp", "2024-01-01T00:00:00Z"), ("Default", "A"),
        ("Choices", JsonValue.Parse("""[{"Variable":"$.a","IsPresent":true,"Next":"A"}]""")), ("Assign", JsonValue.Parse("""{"v.$":"$"}""")),
        ("QueryLanguage", "JSONata"), ("QueryLanguage", "JSONPath"), ("Nxt", "A"), ("Comment", "c"), ("Error", "E"), ("Cause", "C"),
        ("ItemsPath", "$.items"), ("MaxConcurrency", JsonValue.Parse("2")), ("Items", JsonArray.Of(1, 2)), ("Condition", "{% true %}"),
        ("Variable", "$.a"), ("StringEquals", "x"), ("NumericEquals", "1"), ("And", JsonArray.Of()), ("Not", JsonObject.Empty),
    ];

    private static readonly string[] Types = ["Pass", "Task", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map", "Lambda"];

    /// <summary>The definition with this change applied (unchanged when the document has no place for it).</summary>
    public JsonValue Apply(JsonValue definition)
    {
        var places = new List<string>();
        Collect(definition, string.Empty, places);
        var objects = places.Where(p => Find(definition, p) is JsonObject).ToList();
        return (Math.Abs(Kind) % 5) switch
        {
            0 => Edit(definition, Choose(places.Where(p => p.Length > 0)), (_, _) => null),
            1 => Edit(definition, Choose(places.Where(p => p.Length > 0)), (_, _) => Values[Math.Abs(Pick) % Values.Length]),
            2 => Edit(definition, Choose(places.Where(p => p.EndsWith("/Next", StringComparison.Ordinal) || p.EndsWith("/Default", StringComparison.Ordinal) || p.EndsWith("/StartAt", StringComparison.Ordinal))), (_, _) => Target(definition)),
            3 => Edit(definition, Choose(objects), (_, value) => ((JsonObject)value!).With(Fields[Math.Abs(Pick) % Fields.Length].Field, Fields[Math.Abs(Pick) % Fields.Length].Value)),
            _ => Edit(definition, Choose(places.Where(p => p.EndsWith("/Type", StringComparison.Ordinal))), (_, _) => Types[Math.Abs(Pick) % Types.Length]),
        };
    }

    /// <inheritdoc />
    public override string ToString() => $"kind {Math.Abs(Kind) % 5}, site {Site}, pick {Pick}";

    private string? Choose(IEnumerable<string> candidates)
    {
        var list = candidates.ToList();
        return list.Count == 0 ? null : list[Math.Abs(Site) % list.Count];
    }

    /// <summary>A state name of the document (any graph), or one that does not exist.</summary>
    private JsonValue Target(JsonValue definition)
    {
        var names = new List<string>();
        CollectStateNames(definition, names);
        names.Add("Nowhere");
        return names[Math.Abs(Pick) % names.Count];
    }

    private static void Collect(JsonValue value, string pointer, List<string> places)
    {
        places.Add(pointer);
        switch (value)
        {
            case JsonObject o:
                foreach (var (key, member) in o.AsSpan())
                {
                    Collect(member, JsonPointer.Append(pointer, key), places);
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    Collect(a[i], JsonPointer.Append(pointer, i), places);
                }

                break;
        }
    }

    private static void CollectStateNames(JsonValue value, List<string> names)
    {
        switch (value)
        {
            case JsonObject o:
                if (o.GetOrNull("States") is JsonObject states)
                {
                    names.AddRange(states.Keys);
                }

                foreach (var (_, member) in o.AsSpan())
                {
                    CollectStateNames(member, names);
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    CollectStateNames(item, names);
                }

                break;
        }
    }

    private static JsonValue? Find(JsonValue root, string pointer)
    {
        var value = root;
        foreach (var token in Tokens(pointer))
        {
            value = value switch
            {
                JsonObject o => o.GetOrNull(token),
                JsonArray a when int.TryParse(token, out var i) && i < a.Count => a[i],
                _ => null,
            };
            if (value is null)
            {
                return null;
            }
        }

        return value;
    }

    /// <summary>Replaces the value at <paramref name="pointer"/> by what <paramref name="change"/> returns (null removes it).</summary>
    private static JsonValue Edit(JsonValue root, string? pointer, Func<string, JsonValue?, JsonValue?> change)
    {
        if (pointer is null)
        {
            return root;
        }

        return Rebuild(root, [.. Tokens(pointer)], 0, change) ?? root;
    }

    private static JsonValue? Rebuild(JsonValue value, string[] tokens, int depth, Func<string, JsonValue?, JsonValue?> change)
    {
        if (depth == tokens.Length)
        {
            return change(string.Join('/', tokens), value);
        }

        var token = tokens[depth];
        switch (value)
        {
            case JsonObject o when o.GetOrNull(token) is { } member:
                var rebuilt = Rebuild(member, tokens, depth + 1, change);
                return rebuilt is null ? o.Without(token) : o.With(token, rebuilt);
            case JsonArray a when int.TryParse(token, out var index) && index < a.Count:
                var items = a.ToList();
                var item = Rebuild(items[index], tokens, depth + 1, change);
                if (item is null)
                {
                    items.RemoveAt(index);
                }
                else
                {
                    items[index] = item;
                }

                return JsonArray.From(items);
            default:
                return value;
        }
    }

    private static IEnumerable<string> Tokens(string pointer) =>
        pointer.Length == 0 ? [] : pointer[1..].Split('/').Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
}
