using FsCheck.Fluent;

namespace EventPro.Specs.Engine.Tests.Jsonata.Functions;

public class NumericFunctionsTests
{
    [Theory]
    [InlineData("$number('12.5e1')", "125")]
    [InlineData("$number('0x1F')", "31")]
    [InlineData("$number('0b101')", "5")]
    [InlineData("$number(true)", "1")]
    [InlineData("$abs(-3.5)", "3.5")]
    [InlineData("$floor(-3.5)", "-4")]
    [InlineData("$ceil(3.1)", "4")]
    [InlineData("$round(2.5)", "2")]
    [InlineData("$round(3.5)", "4")]
    [InlineData("$round(-2.5)", "-2")]
    [InlineData("$round(1.005, 2)", "1")]
    [InlineData("$round(1.0051, 2)", "1.01")]
    [InlineData("$round(1234, -2)", "1200")]
    [InlineData("$power(2, 10)", "1024")]
    [InlineData("$sqrt(16)", "4")]
    [InlineData("$formatBase(255, 16)", "\"ff\"")]
    [InlineData("$formatBase(-10, 2)", "\"-1010\"")]
    public void NumericFunction_Call_ReturnsTheReferenceResult(string expression, string expected) =>
        Assert.Equal(expected, JsonataEval.Json(expression));

    [Theory]
    [InlineData("$number('abc')", "D3030")]
    [InlineData("$number('1e400')", "D3030")]
    [InlineData("$sqrt(-1)", "D3060")]
    [InlineData("$power(10, 400)", "D3061")]
    [InlineData("$power(2, nothing)", "D3061")]
    [InlineData("$formatBase(10, 40)", "D3100")]
    public void NumericFunction_BadArguments_ThrowTheReferenceCode(string expression, string code) =>
        Assert.Equal(code, JsonataEval.Error(expression).Code);

    [Fact]
    public void Random_Unseeded_DrawsFromTheEnvironmentsSource()
    {
        var first = JsonataEval.Json("$random()");
        Assert.Equal(first, JsonataEval.Json("$random()"));
        Assert.InRange(double.Parse(first, System.Globalization.CultureInfo.InvariantCulture), 0, 1);
    }

    [Fact]
    public void FormatBase_AnyInteger_ParsesBackInThatBase()
    {
        var property = Prop.ForAll<int>(n =>
        {
            var text = JsonataEval.Json($"$formatBase({n}, 16)").Trim('"');
            var negative = text.StartsWith('-');
            var magnitude = Convert.ToInt64(negative ? text[1..] : text, 16);
            return (negative ? -magnitude : magnitude) == n;
        });
        FsCheck.Check.One(FsCheck.Config.QuickThrowOnFailure, property);
    }
}
