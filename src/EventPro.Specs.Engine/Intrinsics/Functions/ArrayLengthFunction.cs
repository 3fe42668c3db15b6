using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Intrinsics.Functions;

/// <summary>States.ArrayLength(array): the number of items.</summary>
internal sealed class ArrayLengthFunction : IntrinsicFunction
{
    public override string Name => "States.ArrayLength";

    public override IReadOnlyList<IntrinsicParameter> Parameters { get; } = [new("array", IntrinsicArgumentType.Array)];

    public override JsonValue Invoke(IntrinsicInvocation invocation) => JsonNumber.From(invocation.GetArray(0).Count);
}
