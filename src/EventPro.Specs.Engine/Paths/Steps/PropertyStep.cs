using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Paths.Steps;

/// <summary><c>.name</c> or <c>['name']</c>: the member of an object (nothing on any other value).</summary>
internal sealed class PropertyStep(string name) : PathStep
{
    /// <summary>The member name.</summary>
    public string Name { get; } = name;

    public override bool IsDefinite => true;

    public override string Fragment => $"['{Name}']";

    public override void Select(JsonValue node, PathWalk walk, int next)
    {
        if (node is JsonObject o && o.TryGetValue(Name, out var value))
        {
            walk.Continue(value, next);
        }
    }

    public override JsonValue? SelectOne(JsonValue node, JsonValue root) =>
        node is JsonObject o ? o.GetOrNull(Name) : null;
}
