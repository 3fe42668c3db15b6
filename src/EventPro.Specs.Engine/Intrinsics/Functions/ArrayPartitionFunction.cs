using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Intrinsics.Functions;

/// <summary>
/// States.ArrayPartition(array, chunkSize): the array cut into chunks of chunkSize items, the
/// last one possibly shorter. The chunk size must be a positive integer (a non-integer is rounded).
/// </summary>
internal sealed class ArrayPartitionFunction : IntrinsicFunction
{
    public override string Name => "States.ArrayPartition";

    public override IReadOnlyList<IntrinsicParameter> Parameters { get; } =
    [
        new("array", IntrinsicArgumentType.Array),
        new("chunkSize", IntrinsicArgumentType.Number),
    ];

    public override JsonValue Invoke(IntrinsicInvocation invocation)
    {
        var array = invocation.GetArray(0);
        var size = invocation.GetRoundedInteger(1);
        if (size <= 0)
        {
            throw IntrinsicErrors.OutOfRange(this, "chunkSize", invocation[1], "must be a positive integer");
        }

        var items = array.AsSpan();
        var chunks = new JsonValue[(items.Length + size - 1) / size];
        for (var i = 0; i < chunks.Length; i++)
        {
            var start = (int)(i * size);
            chunks[i] = JsonArray.Of(items.Slice(start, (int)Math.Min(size, items.Length - start)));
        }

        return JsonArray.Adopt(chunks);
    }
}
