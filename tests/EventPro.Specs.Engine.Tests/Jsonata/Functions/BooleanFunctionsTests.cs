namespace EventPro.Specs.Engine.Tests.Jsonata.Functions;

public class BooleanFunctionsTests
{
    [Theory]
    [InlineData("$boolean('')", "false")]
    [InlineData("$boolean('0')", "true")]
    [InlineData("$boolean(0)", "false")]
    [InlineData("$boolean([])", "false")]
    [InlineData("$boolean([0, 1])", "true")]
    [InlineData("$boolean([0, ''])", "false")]
    [InlineData("$boolean({})", "false")]
    [InlineData("$boolean({'a': 0})", "true")]
    [InlineData("$boolean(null)", "false")]
    [InlineData("$boolean(function(){1})", "false")]
    [InlineData("$boolean(nothing)", "undefined")]
    [InlineData("$not(1)", "false")]
    [InlineData("$exists(nothing)", "false")]
    [InlineData("$exists(null)", "true")]
    public void BooleanFunction_Call_ReturnsTheEffectiveBooleanValue(string expression, string expected) =>
        Assert.Equal(expected, JsonataEval.Json(expression, "{}"));
}
