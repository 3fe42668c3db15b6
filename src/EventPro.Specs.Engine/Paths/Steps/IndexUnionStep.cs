using System.Globalization;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Paths.Steps;

/// <summary><c>[0,2,-1]</c>: several array items in the order written; missing ones are skipped.</summary>
internal sealed class IndexUnionStep(int[] indexes) : PathStep
{
    public override bool IsDefinite => false;

    public override string Fragment => "[" + string.Join(",", indexes.Select(i => i.ToString(CultureInfo.InvariantCulture))) + "]";

    public override void Select(JsonValue node, PathWalk walk, int next)
    {
        foreach (var index in indexes)
        {
            var item = IndexStep.ItemAt(node, index);
            if (item is not null)
            {
                walk.Continue(item, next);
            }
        }
    }
}
