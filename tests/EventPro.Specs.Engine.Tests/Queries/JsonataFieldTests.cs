using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata;
using EventPro.Specs.Engine.Queries;
using FsCheck.Fluent;

namespace EventPro.Specs.Engine.Tests.Queries;

public class JsonataFieldTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static JsonataEnvironment Environment(string states = "{\"input\":{}}") =>
        new(Now, new Random(1), new Dictionary<string, JsonValue> { ["states"] = JsonValue.Parse(states) });

    [Theory]
    [InlineData("{% $x %}", true)]
    [InlineData("{%$x%}", true)]
    [InlineData(" {% states.input %} ", false)]
    [InlineData("{% states.input %} ", false)]
    [InlineData("text {% $x %}", false)]
    [InlineData("{%%}", true)]
    [InlineData("{%}", false)]
    [InlineData("$states.input", false)]
    public void IsExpression_OnlyWhenTheStringStartsAndEndsWithTheMarkers(string text, bool expected) =>
        Assert.Equal(expected, JsonataField.IsExpression(text));

    [Fact]
    public void IsExpression_AnyTextBetweenTheMarkers_IsAnExpression_AndALeadingSpaceMakesALiteral()
    {
        var property = Prop.ForAll<string>(text =>
        {
            var inner = text ?? string.Empty;
            return JsonataField.IsExpression("{%" + inner + "%}") && !JsonataField.IsExpression(" {%" + inner + "%}");
        });
        FsCheck.Check.One(FsCheck.Config.QuickThrowOnFailure, property);
    }

    [Fact]
    public void Compile_KeepsTheTrimmedTextAndLocation()
    {
        var field = JsonataField.Compile("{%   $fn := function($x){$x}  %}", "Items");

        Assert.Equal("$fn := function($x){$x}", field.Text);
        Assert.Equal("Items", field.Location);
    }

    [Fact]
    public void Compile_SyntaxError_ThrowsJsonataException()
    {
        var e = Assert.ThrowsAny<JsonataException>(() => JsonataField.Compile("{% $states.input.[ %}", "Output"));

        Assert.StartsWith("S0", e.Code, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_NotAnExpressionString_IsRefused() =>
        Assert.Throws<ArgumentException>(() => JsonataField.Compile(" {% 1 %}", "Output"));

    [Fact]
    public void Evaluate_ReadsStatesAndVariables()
    {
        var environment = new JsonataEnvironment(Now, new Random(1), new Dictionary<string, JsonValue>
        {
            ["states"] = JsonValue.Parse("{\"input\":{\"values\":[1,2,3]}}"),
            ["bonus"] = 1,
        });

        var value = JsonataField.Compile("{% $sum($states.input.values) + $bonus %}", "Output/total").Evaluate(environment);

        Assert.Equal(JsonNumber.From(7), value);
    }

    [Fact]
    public void Evaluate_Undefined_FailsWithAwsMessageAndLocation()
    {
        var e = Assert.Throws<EvaluationException>(() => JsonataField.Compile("{% $doesNotExist %}", "Output/result").Evaluate(Environment()));

        Assert.Equal(StatesErrors.QueryEvaluationError, e.Error);
        Assert.Equal("The JSONata expression '$doesNotExist' specified for the field 'Output/result' returned nothing (undefined).", e.Detail);
        Assert.Equal("Output/result", e.Location);
    }

    [Fact]
    public void Evaluate_Function_FailsAsUnsupportedResult()
    {
        var e = Assert.Throws<EvaluationException>(() => JsonataField.Compile("{% $fn := function($x){$x} %}", "Items").Evaluate(Environment()));

        Assert.Equal("The JSONata expression '$fn := function($x){$x}' specified for the field 'Items' returned an unsupported result type.", e.Detail);
    }

    [Fact]
    public void Evaluate_JsonataError_GivesCodeAndMessage()
    {
        var e = Assert.Throws<EvaluationException>(() =>
            JsonataField.Compile("{% $randomSeeded($states.input.FunctionInput.fst) %}", "Output/FunctionResult").Evaluate(Environment()));

        Assert.Equal(
            "The JSONata expression '$randomSeeded($states.input.FunctionInput.fst)' specified for the field 'Output/FunctionResult' threw an error during evaluation. T1006: Attempted to invoke a non-function",
            e.Detail);
    }

    [Fact]
    public void Evaluate_ResourceLimit_GivesTheMessageWithoutACode()
    {
        var environment = new JsonataEnvironment(Now, new Random(1)) { MaxDepth = 5 };

        var e = Assert.Throws<EvaluationException>(() => JsonataField.Compile("{% 1+1+1+1+1+1+1+1+1+1 %}", "Output").Evaluate(environment));

        Assert.StartsWith("The JSONata expression '1+1+1+1+1+1+1+1+1+1' specified for the field 'Output' threw an error during evaluation: ", e.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateAs_WrongKind_FailsAsUnexpectedResultType()
    {
        var e = Assert.Throws<EvaluationException>(() => JsonataField.Compile("{% {'foo': 'bar'} %}", "Items").EvaluateAs(JsonKind.Array, Environment()));

        Assert.Equal(
            "The JSONata expression '{'foo': 'bar'}' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was 'object' for value: {\"foo\":\"bar\"}",
            e.Detail);
    }

    [Theory]
    [InlineData("{% 3 %}", 3L)]
    [InlineData("{% 2.0 %}", 2L)]
    public void EvaluateInteger_WholeNumberInRange_IsReturned(string text, long expected) =>
        Assert.Equal(expected, JsonataField.Compile(text, "Seconds").EvaluateInteger(Environment(), 0, 10));

    [Theory]
    [InlineData("{% -1 %}")]
    [InlineData("{% 1.5 %}")]
    [InlineData("{% '3' %}")]
    [InlineData("{% 11 %}")]
    public void EvaluateInteger_OtherValues_FailAsUnexpectedResultType(string text)
    {
        var e = Assert.Throws<EvaluationException>(() => JsonataField.Compile(text, "Seconds").EvaluateInteger(Environment(), 0, 10));

        Assert.Contains("returned an unexpected result type. Expected 'integer between 0 and 10'", e.Detail, StringComparison.Ordinal);
        Assert.Equal("Seconds", e.Location);
    }
}
