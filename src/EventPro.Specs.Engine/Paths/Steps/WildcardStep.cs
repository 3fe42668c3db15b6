using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Paths.Steps;

/// <summary><c>.*</c> or <c>[*]</c>: every member value of an object or every item of an array.</summary>
internal sealed class WildcardStep : PathStep
{
    public static readonly WildcardStep Instance = new();

    public override bool IsDefinite => false;

    public override string Fragment => "[*]";

    public override void Select(JsonValue node, PathWalk walk, int next)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var member in o.AsSpan())
                {
                    walk.Continue(member.Value, next);
                }

                break;
            case JsonArray a:
                foreach (var item in a.AsSpan())
                {
                    walk.Continue(item, next);
                }

                break;
        }
    }
}
