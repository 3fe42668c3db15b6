using System.Globalization;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Paths.Steps;

/// <summary>
/// <c>[from:to]</c>, <c>[from:]</c>, <c>[:to]</c>: the items from <c>from</c> (inclusive) to
/// <c>to</c> (exclusive); negative bounds count from the end and bounds are clamped to the array.
/// </summary>
internal sealed class SliceStep(int? from, int? to) : PathStep
{
    public override bool IsDefinite => false;

    public override string Fragment =>
        "[" + from?.ToString(CultureInfo.InvariantCulture) + ":" + to?.ToString(CultureInfo.InvariantCulture) + "]";

    public override void Select(JsonValue node, PathWalk walk, int next)
    {
        if (node is not JsonArray a)
        {
            return;
        }

        var start = Normalise(from ?? 0, a.Count);
        var end = Normalise(to ?? a.Count, a.Count);
        for (var i = start; i < end; i++)
        {
            walk.Continue(a[i], next);
        }
    }

    private static int Normalise(int bound, int count) => Math.Clamp(bound < 0 ? count + bound : bound, 0, count);
}
