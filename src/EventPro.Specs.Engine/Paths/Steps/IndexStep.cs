using System.Globalization;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Paths.Steps;

/// <summary><c>[n]</c>: an array item; a negative index counts from the end (Jayway). Out of range selects nothing.</summary>
internal sealed class IndexStep(int index) : PathStep
{
    /// <summary>The index as written.</summary>
    public int Index { get; } = index;

    public override bool IsDefinite => true;

    public override string Fragment => "[" + Index.ToString(CultureInfo.InvariantCulture) + "]";

    public override void Select(JsonValue node, PathWalk walk, int next)
    {
        var item = SelectOne(node, walk.Root);
        if (item is not null)
        {
            walk.Continue(item, next);
        }
    }

    public override JsonValue? SelectOne(JsonValue node, JsonValue root) => ItemAt(node, Index);

    /// <summary>The item at <paramref name="index"/> (negative from the end), or null.</summary>
    public static JsonValue? ItemAt(JsonValue node, int index)
    {
        if (node is not JsonArray a)
        {
            return null;
        }

        var effective = index < 0 ? a.Count + index : index;
        return effective >= 0 && effective < a.Count ? a[effective] : null;
    }
}
