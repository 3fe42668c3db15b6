namespace EventPro.Specs.Engine.Tests.Jsonata.Functions;

public class NumberFormatFunctionsTests
{
    [Theory]
    [InlineData("$formatNumber(1234.5678, '#,##0.00')", "\"1,234.57\"")]
    [InlineData("$formatNumber(0.125, '#0.0%')", "\"12.5%\"")]
    [InlineData("$formatNumber(-6, '000')", "\"-006\"")]
    [InlineData("$formatNumber(-6, '000;(000)')", "\"(006)\"")]
    [InlineData("$formatNumber(1234.5678, '00.000e0')", "\"12.346e2\"")]
    [InlineData("$formatNumber(1234.5, '#.##0,00', {'decimal-separator': ',', 'grouping-separator': '.'})", "\"1.234,50\"")]
    [InlineData("$formatInteger(1984, 'I')", "\"MCMLXXXIV\"")]
    [InlineData("$formatInteger(3731, 'w;o')", "\"three thousand, seven hundred and thirty-first\"")]
    [InlineData("$formatInteger(1234567, '#,##0')", "\"1,234,567\"")]
    [InlineData("$formatInteger(28, 'A')", "\"AB\"")]
    [InlineData("$parseInteger('MCMLXXXIV', 'I')", "1984")]
    [InlineData("$parseInteger('twelve thousand, three hundred and forty-five', 'w')", "12345")]
    [InlineData("$parseInteger('1,234,567', '#,##0')", "1234567")]
    public void FormatFunction_Call_ReturnsTheReferenceResult(string expression, string expected) =>
        Assert.Equal(expected, JsonataEval.Json(expression));

    [Theory]
    [InlineData("0.0;0.0;0.0", "D3080")]
    [InlineData("0.0.0", "D3081")]
    [InlineData("0%%", "D3082")]
    [InlineData("0‰‰", "D3083")]
    [InlineData("0%‰", "D3084")]
    [InlineData("x", "D3086")]
    [InlineData("0,.0", "D3087")]
    [InlineData("0,", "D3088")]
    [InlineData("0,,0", "D3089")]
    [InlineData("0#", "D3090")]
    [InlineData("##0.0#0", "D3091")]
    [InlineData("0e0%", "D3092")]
    [InlineData("#0e", "D3093")]
    public void FormatNumber_InvalidPicture_ThrowsTheRuleItBreaks(string picture, string code) =>
        Assert.Equal(code, JsonataEval.Error($"$formatNumber(1, '{picture}')").Code);

    [Fact]
    public void ParseInteger_UnreadableValue_IsNaN() =>
        Assert.Equal("\"NaN\"", JsonataEval.Json("$parseInteger('abc', '0')"));
}
