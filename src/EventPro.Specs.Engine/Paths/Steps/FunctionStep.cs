using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Paths.Steps;

/// <summary>
/// A trailing Jayway function such as <c>.length()</c>, applied to the value selected before it.
/// A function that has no answer for the value (e.g. <c>min()</c> of an empty array) selects nothing.
/// </summary>
internal sealed class FunctionStep(string name, Func<JsonValue, JsonValue?> function) : PathStep
{
    public string Name { get; } = name;

    public override bool IsDefinite => true;

    public override string Fragment => "." + Name + "()";

    public JsonValue? Apply(JsonValue value) => function(value);

    public override void Select(JsonValue node, PathWalk walk, int next)
    {
        var result = function(node);
        if (result is not null)
        {
            walk.Continue(result, next);
        }
    }

    public override JsonValue? SelectOne(JsonValue node, JsonValue root) => function(node);
}
