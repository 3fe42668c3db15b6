using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Intrinsics;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Paths;

namespace EventPro.Specs.Engine.Tests.Paths;

public class PathExpressionTests
{
    private static readonly JsonValue Input = JsonValue.Parse("""{"name":"Ada","list":[1,2]}""");

    private static readonly TestEvaluationContext Context = new(
        JsonValue.Parse("""{"State":{"Name":"S1"},"Execution":{"Input":{"k":1}}}"""),
        variables: new Dictionary<string, JsonValue> { ["order"] = JsonValue.Parse("""{"id":"o-1","lines":[10,20]}"""), ["_n2"] = 5 });

    [Theory]
    [InlineData("$.name", PathExpressionKind.InputPath, "\"Ada\"")]
    [InlineData("$", PathExpressionKind.InputPath, "{\"name\":\"Ada\",\"list\":[1,2]}")]
    [InlineData("$.list[*]", PathExpressionKind.InputPath, "[1,2]")]
    [InlineData("$$.State.Name", PathExpressionKind.ContextPath, "\"S1\"")]
    [InlineData("$$", PathExpressionKind.ContextPath, "{\"State\":{\"Name\":\"S1\"},\"Execution\":{\"Input\":{\"k\":1}}}")]
    [InlineData("$order", PathExpressionKind.VariablePath, "{\"id\":\"o-1\",\"lines\":[10,20]}")]
    [InlineData("$order.lines[1]", PathExpressionKind.VariablePath, "20")]
    [InlineData("$order['id']", PathExpressionKind.VariablePath, "\"o-1\"")]
    [InlineData("$_n2", PathExpressionKind.VariablePath, "5")]
    [InlineData("States.Format('Hi {}', $.name)", PathExpressionKind.IntrinsicCall, "\"Hi Ada\"")]
    public void Evaluate_ReadsFromTheRightSource(string text, PathExpressionKind kind, string expected)
    {
        var expression = PathExpression.Parse(text);
        Assert.Equal(kind, expression.Kind);
        Assert.Equal(expected, expression.Evaluate(Input, Context)!.ToJson());
    }

    [Fact]
    public void Parse_VariablePath_ExposesTheNameAndTheRelativePath()
    {
        var expression = PathExpression.Parse("$order.lines[0]");
        Assert.Equal("order", expression.VariableName);
        Assert.Equal("$.lines[0]", expression.Path!.Text);
        Assert.True(expression.IsDefinite);
    }

    [Theory]
    [InlineData("$.nope")]
    [InlineData("$$.Nope")]
    [InlineData("$undefinedVariable")]
    [InlineData("$order.nope")]
    [InlineData("States.Format('{}', $.nope)")]
    public void Evaluate_NothingFound_ReturnsNull(string text) => Assert.Null(PathExpression.Parse(text).Evaluate(Input, Context));

    [Fact]
    public void EvaluateField_PathNotFound_FailsWithAwsRuntimeMessage()
    {
        var e = Assert.Throws<EvaluationException>(() => PathExpression.Parse("$.no_such_jsonpath").EvaluateField(JsonValue.Parse("{\"int-literal\":0}"), Context, "value.$"));
        Assert.Equal(StatesErrors.Runtime, e.Error);
        Assert.Equal("The JSONPath '$.no_such_jsonpath' specified for the field 'value.$' could not be found in the input '{\"int-literal\":0}'", e.Detail);
    }

    [Fact]
    public void EvaluateField_ContextPathNotFound_NamesTheContextPath()
    {
        var e = Assert.Throws<EvaluationException>(() => PathExpression.Parse("$$.Execution.Input.no_such_jsonpath").EvaluateField(Input, Context, "ErrorPath"));
        Assert.StartsWith("The JSONPath '$$.Execution.Input.no_such_jsonpath' specified for the field 'ErrorPath' could not be found in the input '", e.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateField_IntrinsicArgumentNotFound_NamesTheArgumentPath()
    {
        var e = Assert.Throws<EvaluationException>(() => PathExpression.Parse("States.Array($.name, $.missing)").EvaluateField(Input, Context, "x.$"));
        Assert.Equal(StatesErrors.Runtime, e.Error);
        Assert.Contains("The JSONPath '$.missing' specified for the field 'x.$'", e.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_IntrinsicWhereNotAllowed_IsRefused()
    {
        var e = Assert.Throws<PathSyntaxException>(() => PathExpression.Parse("States.UUID()", allowIntrinsic: false));
        Assert.Contains("not allowed", e.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("name")]
    [InlineData("$.")]
    [InlineData("$$.")]
    [InlineData("$var.")]
    [InlineData("$1abc")]
    public void Parse_BadPath_Throws(string text) => Assert.Throws<PathSyntaxException>(() => PathExpression.Parse(text));

    [Fact]
    public void Parse_BadIntrinsic_Throws() => Assert.Throws<IntrinsicSyntaxException>(() => PathExpression.Parse("States.Nope()"));

    [Fact]
    public void ExplainNoMatch_DescribesEachSource()
    {
        Assert.Equal("No results for path: $['nope']", PathExpression.Parse("$.nope").ExplainNoMatch(Input, Context));
        Assert.Equal("No results for path: $['State']['Nope']", PathExpression.Parse("$$.State.Nope").ExplainNoMatch(Input, Context));
        Assert.Equal("No results for path: $['nope']", PathExpression.Parse("$order.nope").ExplainNoMatch(Input, Context));
        Assert.Equal("Undefined variable '$ghost'", PathExpression.Parse("$ghost.a").ExplainNoMatch(Input, Context));
    }
}
