using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Intrinsics.Functions;

/// <summary>States.ArrayGetItem(array, index): the item at a 0-based index, which must be an integer inside the array.</summary>
internal sealed class ArrayGetItemFunction : IntrinsicFunction
{
    public override string Name => "States.ArrayGetItem";

    public override IReadOnlyList<IntrinsicParameter> Parameters { get; } =
    [
        new("array", IntrinsicArgumentType.Array),
        new("index", IntrinsicArgumentType.Number),
    ];

    public override JsonValue Invoke(IntrinsicInvocation invocation)
    {
        var array = invocation.GetArray(0);
        var index = (JsonNumber)invocation[1];
        if (!index.IsIntegral)
        {
            throw IntrinsicErrors.OutOfRange(this, "index", index, "must be an integer");
        }

        if (index.Value < 0 || index.Value >= array.Count)
        {
            throw IntrinsicErrors.OutOfRange(this, "index", index, $"must be between 0 and {array.Count - 1} for an array of {array.Count} items");
        }

        return array[(int)index.Value];
    }
}
