using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Paths.Steps;

/// <summary>
/// <c>..x</c>: applies the step <c>x</c> to the current value and to every value below it, in
/// document order (the value first, then its members or items, depth first), as Jayway's
/// ScanPathToken walks. For a filter, Jayway tests each object itself rather than the items of
/// each array, so an object is never selected twice.
/// </summary>
internal sealed class DeepScanStep(PathStep inner) : PathStep
{
    public PathStep Inner { get; } = inner;

    public override bool IsDefinite => false;

    public override string Fragment => ".." + Inner.Fragment;

    public override void Select(JsonValue node, PathWalk walk, int next)
    {
        switch (node)
        {
            case JsonObject o:
                Apply(o, walk, next);
                foreach (var member in o.AsSpan())
                {
                    Select(member.Value, walk, next);
                }

                break;
            case JsonArray a:
                Apply(a, walk, next);
                foreach (var item in a.AsSpan())
                {
                    Select(item, walk, next);
                }

                break;
        }
    }

    private void Apply(JsonValue container, PathWalk walk, int next)
    {
        if (Inner is FilterStep filter)
        {
            if (container is JsonObject && filter.Filter.Matches(container, walk.Root))
            {
                walk.Continue(container, next);
            }

            return;
        }

        Inner.Select(container, walk, next);
    }
}
