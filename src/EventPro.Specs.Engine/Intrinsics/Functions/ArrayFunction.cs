using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Intrinsics.Functions;

/// <summary>States.Array(values...): an array of the arguments in order (zero or more).</summary>
internal sealed class ArrayFunction : IntrinsicFunction
{
    public override string Name => "States.Array";

    public override IReadOnlyList<IntrinsicParameter> Parameters { get; } = [new("values", IntrinsicArgumentType.Any, IsVariadic: true)];

    public override JsonValue Invoke(IntrinsicInvocation invocation) => JsonArray.Of(invocation.Arguments);
}
