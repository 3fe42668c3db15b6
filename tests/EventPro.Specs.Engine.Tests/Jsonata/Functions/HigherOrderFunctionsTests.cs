namespace EventPro.Specs.Engine.Tests.Jsonata.Functions;

public class HigherOrderFunctionsTests
{
    [Theory]
    [InlineData("$map([1, 2, 3], function($v, $i){ $v * $i })", "[0,2,6]")]
    [InlineData("$map([1], function($v){ $v })", "1")]
    [InlineData("$map([1], function($v){ $v })[]", "[1]")]
    [InlineData("$map(['a', 'b'], $uppercase)", "[\"A\",\"B\"]")]
    [InlineData("$filter([1, 2, 3, 4], function($v){ $v % 2 = 0 })", "[2,4]")]
    [InlineData("$single([1, 2, 3], function($v){ $v = 2 })", "2")]
    [InlineData("$reduce([1, 2, 3, 4], function($acc, $v){ $acc + $v })", "10")]
    [InlineData("$reduce([1, 2, 3], function($acc, $v){ $acc + $v }, 10)", "16")]
    [InlineData("$sift({'a': 1, 'b': 2}, function($v){ $v > 1 })", "{\"b\":2}")]
    [InlineData("$sift({'a': 1}, function($v){ $v > 1 })", "undefined")]
    [InlineData("$each({'a': 1, 'b': 2}, function($v, $k){ $k & $v })", "[\"a1\",\"b2\"]")]
    public void HigherOrderFunction_Call_ReturnsTheReferenceResult(string expression, string expected) =>
        Assert.Equal(expected, JsonataEval.Json(expression));

    [Theory]
    [InlineData("$single([1, 2])", "D3138")]
    [InlineData("$single([1, 2], function($v){ $v > 5 })", "D3139")]
    [InlineData("$reduce([1, 2], function($v){ $v })", "D3050")]
    [InlineData("$map([1], 5)", "T0410")]
    public void HigherOrderFunction_BadUse_ThrowsTheReferenceCode(string expression, string code) =>
        Assert.Equal(code, JsonataEval.Error(expression).Code);
}
