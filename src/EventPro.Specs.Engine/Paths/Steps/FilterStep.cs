using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Paths.Filters;

namespace EventPro.Specs.Engine.Paths.Steps;

/// <summary>
/// <c>[?(...)]</c>: on an array, the items for which the filter holds; on an object, the object
/// itself when the filter holds for it (Jayway's PredicatePathToken); nothing on other values.
/// </summary>
internal sealed class FilterStep(FilterExpression filter) : PathStep
{
    public FilterExpression Filter { get; } = filter;

    public override bool IsDefinite => false;

    public override string Fragment => "[?]";

    public override void Select(JsonValue node, PathWalk walk, int next)
    {
        switch (node)
        {
            case JsonArray a:
                foreach (var item in a.AsSpan())
                {
                    if (Filter.Matches(item, walk.Root))
                    {
                        walk.Continue(item, next);
                    }
                }

                break;
            case JsonObject when Filter.Matches(node, walk.Root):
                walk.Continue(node, next);
                break;
        }
    }
}
