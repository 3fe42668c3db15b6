using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Paths.Steps;

/// <summary>
/// <c>['a','b']</c>. Jayway treats it in two ways: as the last step it merges the named members
/// that exist into one new object (so the step is definite); before further steps it iterates
/// the named members (indefinite).
/// </summary>
internal sealed class PropertyUnionStep(string[] names, bool isLast) : PathStep
{
    public IReadOnlyList<string> Names => names;

    public override bool IsDefinite => isLast;

    public override string Fragment => "[" + string.Join(",", names.Select(n => $"'{n}'")) + "]";

    public override void Select(JsonValue node, PathWalk walk, int next)
    {
        if (node is not JsonObject o)
        {
            return;
        }

        if (isLast)
        {
            walk.Continue(Merge(o), next);
            return;
        }

        foreach (var name in names)
        {
            if (o.TryGetValue(name, out var value))
            {
                walk.Continue(value, next);
            }
        }
    }

    public override JsonValue? SelectOne(JsonValue node, JsonValue root) => node is JsonObject o ? Merge(o) : null;

    private JsonObject Merge(JsonObject o)
    {
        // Jayway leaves out the names the object does not have (without DEFAULT_PATH_LEAF_TO_NULL).
        var builder = new JsonObjectBuilder(names.Length);
        foreach (var name in names)
        {
            if (o.TryGetValue(name, out var value))
            {
                builder[name] = value;
            }
        }

        return builder.Build();
    }
}
