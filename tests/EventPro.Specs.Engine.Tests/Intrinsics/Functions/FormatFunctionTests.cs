using EventPro.Specs.Engine.Json;
using static EventPro.Specs.Engine.Tests.Intrinsics.IntrinsicTesting;

namespace EventPro.Specs.Engine.Tests.Intrinsics.Functions;

public class FormatFunctionTests
{
    [Theory]
    [InlineData("\"\"", "Formatting argument .")]
    [InlineData("\" \"", "Formatting argument  .")]
    [InlineData("\"HelloWorld\"", "Formatting argument HelloWorld.")]
    [InlineData("null", "Formatting argument null.")]
    [InlineData("1", "Formatting argument 1.")]
    [InlineData("1.1", "Formatting argument 1.1.")]
    [InlineData("1.50", "Formatting argument 1.50.")]
    [InlineData("true", "Formatting argument true.")]
    [InlineData("\"{\\\"Arg1\\\": 1, \\\"Arg2\\\": []}\"", "Formatting argument {\"Arg1\": 1, \"Arg2\": []}.")]
    public void Format_InterpolatesTheNaturalTextOfEachValue(string value, string expected) =>
        Assert.Equal(expected, ((JsonString)Evaluate("States.Format('Formatting argument {}.', $.v)", "{\"v\":" + value + "}")).Value);

    [Fact]
    public void Format_TemplateFromAPath_UsesEveryBracePair() =>
        Assert.Equal("\"Hello, my name is Arnav.\"", EvaluateJson("States.Format($.template, $.name)", """{"name":"Arnav","template":"Hello, my name is {}."}"""));

    [Fact]
    public void Format_EscapedBracesInALiteral_AreNotPlaceholders() =>
        Assert.Equal("\"{} is 2\"", EvaluateJson(@"States.Format('\{\} is {}', 2)"));

    [Fact]
    public void Format_NoPlaceholders_ReturnsTheTemplate() => Assert.Equal("\"plain\"", EvaluateJson("States.Format('plain')"));

    [Theory]
    [InlineData("States.Format('{} {}', 1)", "The template has 2 '{}' placeholder(s) but 1 value(s) were given")]
    [InlineData("States.Format('{}', 1, 2)", "The template has 1 '{}' placeholder(s) but 2 value(s) were given")]
    [InlineData("States.Format($.t)", "The template has 1 '{}' placeholder(s) but 0 value(s) were given")]
    public void Format_PlaceholderCountMismatch_Fails(string call, string problem) =>
        Assert.Equal("Invalid arguments in States.Format: " + problem, Fails(call, """{"t":"{}"}"""));

    [Theory]
    [InlineData("States.Format($.o)")]
    [InlineData("States.Format(1)")]
    [InlineData("States.Format('{}', $.o)")]
    public void Format_WrongArgumentTypes_Fail(string call) =>
        Assert.Contains("must be", Fails(call, """{"o":{"a":1}}"""), StringComparison.Ordinal);
}
