using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Intrinsics.Functions;

/// <summary>States.ArrayUnique(array): the items without duplicates (deep equality), each kept where it first appears.</summary>
internal sealed class ArrayUniqueFunction : IntrinsicFunction
{
    public override string Name => "States.ArrayUnique";

    public override IReadOnlyList<IntrinsicParameter> Parameters { get; } = [new("array", IntrinsicArgumentType.Array)];

    public override JsonValue Invoke(IntrinsicInvocation invocation)
    {
        var array = invocation.GetArray(0);
        var seen = new HashSet<JsonValue>(array.Count);
        var unique = new List<JsonValue>(array.Count);
        foreach (var item in array.AsSpan())
        {
            if (seen.Add(item))
            {
                unique.Add(item);
            }
        }

        return unique.Count == array.Count ? array : JsonArray.From(unique);
    }
}
