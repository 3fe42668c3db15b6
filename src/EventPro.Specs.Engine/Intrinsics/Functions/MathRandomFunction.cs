using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Intrinsics.Functions;

/// <summary>
/// States.MathRandom(start, end[, seed]): a random integer from start (inclusive) to end
/// (exclusive). Non-integers are rounded. Without a seed the number comes from the execution's
/// seeded random source; with one, the same seed always gives the same number (AWS documents both).
/// </summary>
internal sealed class MathRandomFunction : IntrinsicFunction
{
    public override string Name => "States.MathRandom";

    public override IReadOnlyList<IntrinsicParameter> Parameters { get; } =
    [
        new("start", IntrinsicArgumentType.Number),
        new("end", IntrinsicArgumentType.Number),
        new("seed", IntrinsicArgumentType.Number, IsOptional: true),
    ];

    public override JsonValue Invoke(IntrinsicInvocation invocation)
    {
        var start = invocation.GetRoundedInteger(0);
        var end = invocation.GetRoundedInteger(1);
        if (end <= start)
        {
            throw IntrinsicErrors.OutOfRange(this, "end", invocation[1], $"must be greater than the start ({start})");
        }

        var random = invocation.Count == 3 ? Seeded(invocation.GetRoundedInteger(2)) : invocation.Context.Random;
        return JsonNumber.From(random.NextInt64(start, end));
    }

    private static Random Seeded(long seed) => new(unchecked((int)seed ^ (int)(seed >> 32)));
}
