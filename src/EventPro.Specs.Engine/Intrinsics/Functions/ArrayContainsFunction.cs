using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Intrinsics.Functions;

/// <summary>States.ArrayContains(array, value): whether an item deeply equals the value.</summary>
internal sealed class ArrayContainsFunction : IntrinsicFunction
{
    public override string Name => "States.ArrayContains";

    public override IReadOnlyList<IntrinsicParameter> Parameters { get; } =
    [
        new("array", IntrinsicArgumentType.Array),
        new("value", IntrinsicArgumentType.Any),
    ];

    public override JsonValue Invoke(IntrinsicInvocation invocation)
    {
        var value = invocation[1];
        foreach (var item in invocation.GetArray(0).AsSpan())
        {
            if (item.Equals(value))
            {
                return JsonBoolean.True;
            }
        }

        return JsonBoolean.False;
    }
}
