using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Paths;
using EventPro.Specs.Engine.Tests.Paths;

namespace EventPro.Specs.Engine.Tests.Intrinsics;

/// <summary>Evaluates an intrinsic call text against a JSON input, as a <c>.$</c> field would.</summary>
internal static class IntrinsicTesting
{
    public static JsonValue Evaluate(string call, string input = "{}", TestEvaluationContext? context = null) =>
        PathExpression.Parse(call).EvaluateField(JsonValue.Parse(input), context ?? TestEvaluationContext.Empty, "result.$");

    public static string EvaluateJson(string call, string input = "{}") => Evaluate(call, input).ToJson();

    /// <summary>Asserts the call fails with States.IntrinsicFailure and returns the detail.</summary>
    public static string Fails(string call, string input = "{}")
    {
        var e = Assert.Throws<EvaluationException>(() => Evaluate(call, input));
        Assert.Equal(StatesErrors.IntrinsicFailure, e.Error);
        return e.Detail;
    }
}
