using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Intrinsics.Functions;

/// <summary>
/// States.ArrayRange(start, end, step): start, start+step, ... up to and including end when the
/// steps land on it (AWS: (0, 10, 3) gives [0,3,6,9]). Non-integers are rounded; the step must not
/// be 0; the array may hold at most 1000 items.
/// </summary>
internal sealed class ArrayRangeFunction : IntrinsicFunction
{
    /// <summary>AWS: "The newly generated array can't contain more than 1000 items."</summary>
    public const int MaxItems = 1000;

    public override string Name => "States.ArrayRange";

    public override IReadOnlyList<IntrinsicParameter> Parameters { get; } =
    [
        new("start", IntrinsicArgumentType.Number),
        new("end", IntrinsicArgumentType.Number),
        new("step", IntrinsicArgumentType.Number),
    ];

    public override JsonValue Invoke(IntrinsicInvocation invocation)
    {
        var start = invocation.GetRoundedInteger(0);
        var end = invocation.GetRoundedInteger(1);
        var step = invocation.GetRoundedInteger(2);
        if (step == 0)
        {
            throw IntrinsicErrors.OutOfRange(this, "step", invocation[2], "must not be 0");
        }

        var span = (Int128)end - start;
        var count = span == 0 || (span > 0) == (step > 0) ? (span / step) + 1 : 0;
        if (count > MaxItems)
        {
            throw IntrinsicErrors.Fail(this, $"The range from {start} to {end} by {step} would hold {count} items; at most {MaxItems} are allowed");
        }

        var items = new JsonValue[(int)count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = JsonNumber.From(start + (i * step));
        }

        return JsonArray.Adopt(items);
    }
}
