using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Intrinsics.Functions;

/// <summary>States.JsonToString(json): the compact JSON text of a value, keys in order (AWS: <c>{"test":"object"}</c>).</summary>
internal sealed class JsonToStringFunction : IntrinsicFunction
{
    public override string Name => "States.JsonToString";

    public override IReadOnlyList<IntrinsicParameter> Parameters { get; } = [new("json", IntrinsicArgumentType.Any)];

    public override JsonValue Invoke(IntrinsicInvocation invocation) => new JsonString(invocation[0].ToJson());
}
