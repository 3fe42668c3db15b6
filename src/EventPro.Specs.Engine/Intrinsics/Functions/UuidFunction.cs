using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Intrinsics.Functions;

/// <summary>States.UUID(): a version 4 UUID from the execution's seeded random source, so a run is reproducible.</summary>
internal sealed class UuidFunction : IntrinsicFunction
{
    public override string Name => "States.UUID";

    public override IReadOnlyList<IntrinsicParameter> Parameters { get; } = [];

    public override JsonValue Invoke(IntrinsicInvocation invocation) =>
        new JsonString(Execution.SeededUuid.Next(invocation.Context.Random));
}
