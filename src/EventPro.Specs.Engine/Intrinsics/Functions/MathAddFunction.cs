using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Intrinsics.Functions;

/// <summary>
/// States.MathAdd(value1, value2): the sum of two integers. Non-integers are rounded; each value
/// must lie between -2147483648 and 2147483647 (AWS documents both rules).
/// </summary>
internal sealed class MathAddFunction : IntrinsicFunction
{
    public override string Name => "States.MathAdd";

    public override IReadOnlyList<IntrinsicParameter> Parameters { get; } =
    [
        new("value1", IntrinsicArgumentType.Number),
        new("value2", IntrinsicArgumentType.Number),
    ];

    public override JsonValue Invoke(IntrinsicInvocation invocation) => JsonNumber.From(Int32At(invocation, 0) + Int32At(invocation, 1));

    private long Int32At(IntrinsicInvocation invocation, int index)
    {
        var value = invocation.GetRoundedInteger(index);
        if (value is < int.MinValue or > int.MaxValue)
        {
            throw IntrinsicErrors.OutOfRange(this, invocation.ParameterNameOf(index), invocation[index], "must be an integer between -2147483648 and 2147483647");
        }

        return value;
    }
}
