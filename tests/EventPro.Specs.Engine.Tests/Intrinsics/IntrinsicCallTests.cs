using EventPro.Specs.Engine.Intrinsics;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Paths;

namespace EventPro.Specs.Engine.Tests.Intrinsics;

public class IntrinsicCallTests
{
    [Fact]
    public void Parse_MixedArguments_CompilesEachKind()
    {
        var call = IntrinsicCall.Parse("States.Array('a', -1.5e2, true, false, null, $.x, $$.y, $v.z, States.UUID())");
        Assert.Equal("States.Array", call.Function.Name);
        Assert.Collection(
            call.Arguments,
            a => Assert.Equal(new JsonString("a"), ((LiteralArgument)a).Value),
            a => Assert.Equal(-150.0, ((JsonNumber)((LiteralArgument)a).Value).Value),
            a => Assert.Equal(JsonBoolean.True, ((LiteralArgument)a).Value),
            a => Assert.Equal(JsonBoolean.False, ((LiteralArgument)a).Value),
            a => Assert.Equal(JsonNull.Instance, ((LiteralArgument)a).Value),
            a => Assert.Equal(PathExpressionKind.InputPath, ((PathArgument)a).Path.Kind),
            a => Assert.Equal(PathExpressionKind.ContextPath, ((PathArgument)a).Path.Kind),
            a => Assert.Equal(PathExpressionKind.VariablePath, ((PathArgument)a).Path.Kind),
            a => Assert.Equal("States.UUID()", ((CallArgument)a).Call.Text));
    }

    [Theory]
    [InlineData(@"States.Format('it\'s')", "it's")]
    [InlineData(@"States.Format('\{\} and \\')", @"{} and \")]
    [InlineData(@"States.Format('a,b) c')", "a,b) c")]
    [InlineData("States.Format( 'x'  )", "x")]
    public void Parse_StringLiteral_ResolvesEscapes(string text, string expected) =>
        Assert.Equal(new JsonString(expected), IntrinsicTesting.Evaluate(text));

    [Fact]
    public void Parse_PathArguments_MayHoldBracketsFiltersAndCommasInQuotes()
    {
        var input = """{"a b":{"c,d":1},"l":[{"k":1},{"k":2}]}""";
        Assert.Equal("[1,[{\"k\":2}],2]", IntrinsicTesting.EvaluateJson("States.Array($['a b']['c,d'], $.l[?(@.k > 1)], $.l.length())", input));
    }

    [Fact]
    public void Parse_NestedCalls_EvaluateInsideOut() =>
        Assert.Equal(
            "\"arn.b\"",
            IntrinsicTesting.EvaluateJson("States.Format('{}.{}', States.ArrayGetItem(States.StringSplit($.arn, ':'), 0), States.ArrayGetItem(States.StringSplit($.arn, ':'), 2))", """{"arn":"arn:a:b"}"""));

    [Theory]
    [InlineData("States.Nope()", 0, "unknown intrinsic function 'States.Nope'")]
    [InlineData("states.format('x')", 0, "unknown intrinsic function")]
    [InlineData("States.Format", 13, "expected '('")]
    [InlineData("States.Format('x'", 0, "unclosed call to States.Format")]
    [InlineData("States.Format('x' 'y')", 18, "expected ',' or ')'")]
    [InlineData("States.Format('x') extra", 19, "unexpected 'e' after the call")]
    [InlineData("States.Format('x", 14, "unclosed string literal")]
    [InlineData(@"States.Format('\n')", 15, "open escape backslash")]
    [InlineData("States.Format(x)", 14, "unknown intrinsic function 'x'")]
    [InlineData("States.Format(,)", 14, "unexpected ','")]
    [InlineData("States.Format('a',)", 18, "unexpected ')'")]
    [InlineData("States.Format(1.2.3)", 14, "'1.2.3' is not a number")]
    [InlineData("States.Format($.a b)", 18, "expected ',' or ')'")]
    [InlineData("States.Format($.)", 15, "must not end with '.'")]
    [InlineData("States.Format($.a[)", 17, "unclosed '['")]
    [InlineData("States.Format()", 0, "States.Format takes at least 1 argument but was given 0")]
    [InlineData("States.UUID(1)", 0, "States.UUID takes exactly 0 arguments but was given 1")]
    [InlineData("States.ArrayLength()", 0, "States.ArrayLength takes exactly 1 argument but was given 0")]
    [InlineData("States.MathRandom(1)", 0, "States.MathRandom takes 2 to 3 arguments but was given 1")]
    [InlineData("States.JsonMerge($.a, $.b)", 0, "States.JsonMerge takes exactly 3 arguments but was given 2")]
    public void Parse_DefinitionError_NamesTheProblemAndPosition(string text, int position, string problem)
    {
        var e = Assert.Throws<IntrinsicSyntaxException>(() => IntrinsicCall.Parse(text));
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
        Assert.Equal(position, e.Position);
    }

    [Fact]
    public void Parse_TenCallsInOneField_IsAllowedButElevenAreNot()
    {
        var ten = string.Concat(Enumerable.Repeat("States.Array(", 10)) + new string(')', 10);
        Assert.Equal(10, CountDepth(IntrinsicCall.Parse(ten)));
        var eleven = string.Concat(Enumerable.Repeat("States.Array(", 11)) + new string(')', 11);
        var e = Assert.Throws<IntrinsicSyntaxException>(() => IntrinsicCall.Parse(eleven));
        Assert.Contains("more than 10 intrinsic functions", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ArgumentOfWrongType_FailsNamingTheParameter()
    {
        var detail = IntrinsicTesting.Fails("States.ArrayLength($.x)", """{"x":"abc"}""");
        Assert.Equal("Invalid arguments in States.ArrayLength: The argument 'array' must be an array, but was a string: \"abc\"", detail);
    }

    [Fact]
    public void Evaluate_VariadicArgumentOfWrongType_FailsNamingTheParameter()
    {
        var detail = IntrinsicTesting.Fails("States.Format('{}', $.x)", """{"x":[1]}""");
        Assert.Equal("Invalid arguments in States.Format: The argument 'values' must be a string, number, boolean or null, but was an array: [1]", detail);
    }

    private static int CountDepth(IntrinsicCall call) =>
        1 + call.Arguments.OfType<CallArgument>().Select(a => CountDepth(a.Call)).DefaultIfEmpty(0).Max();

    [Theory]
    [InlineData("States.Nope()", IntrinsicProblemKind.UnknownFunction)]
    [InlineData("States.UUID(1)", IntrinsicProblemKind.WrongArgumentCount)]
    [InlineData("States.Format('a'", IntrinsicProblemKind.Syntax)]
    [InlineData("States.Format(States.Format(States.Format(States.Format(States.Format(States.Format(States.Format(States.Format(States.Format(States.Format(States.Format('x')))))))))))", IntrinsicProblemKind.TooManyCalls)]
    public void Parse_Mistake_SaysWhatKindItIs(string text, IntrinsicProblemKind kind) =>
        Assert.Equal(kind, Assert.Throws<IntrinsicSyntaxException>(() => IntrinsicCall.Parse(text)).Kind);
}
