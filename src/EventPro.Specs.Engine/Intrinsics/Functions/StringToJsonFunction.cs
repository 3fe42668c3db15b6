using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Intrinsics.Functions;

/// <summary>States.StringToJson(jsonString): the parsed JSON value of an escaped JSON string.</summary>
internal sealed class StringToJsonFunction : IntrinsicFunction
{
    public override string Name => "States.StringToJson";

    public override IReadOnlyList<IntrinsicParameter> Parameters { get; } = [new("jsonString", IntrinsicArgumentType.String)];

    public override JsonValue Invoke(IntrinsicInvocation invocation)
    {
        try
        {
            return JsonValue.Parse(invocation.GetString(0));
        }
        catch (JsonParseException e)
        {
            throw IntrinsicErrors.OutOfRange(this, "jsonString", invocation[0], $"must be valid JSON text ({e.Message})");
        }
    }
}
