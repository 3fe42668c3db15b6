namespace EventPro.Specs.Engine.Tests.Jsonata.Functions;

public class RegexFunctionsTests
{
    [Theory]
    [InlineData("$match('ab12cd34', /[0-9]+/).match", "[\"12\",\"34\"]")]
    [InlineData("$match('ab12cd34', /[0-9]+/, 1).index", "2")]
    [InlineData("$match('ab', /(?<x>a)(b)/).groups", "[\"a\",\"b\"]")]
    [InlineData("$contains('hello', 'ell')", "true")]
    [InlineData("$contains('hello', /L+/i)", "true")]
    [InlineData("$replace('a.b.c', '.', '/')", "\"a/b/c\"")]
    [InlineData("$replace('a.b.c', '.', '/', 1)", "\"a/b.c\"")]
    [InlineData("$replace('John Smith', /(\\w+)\\s(\\w+)/, '$2, $1')", "\"Smith, John\"")]
    [InlineData("$replace('price: 3', /\\d/, '$$$0')", "\"price: $3\"")]
    [InlineData("$replace('abc', /b/, function($m){ $uppercase($m.match) })", "\"aBc\"")]
    [InlineData("$split('a,b,,c', ',')", "[\"a\",\"b\",\"\",\"c\"]")]
    [InlineData("$split('a1b22c', /\\d+/)", "[\"a\",\"b\",\"c\"]")]
    [InlineData("$split('a,b,c', ',', 2)", "[\"a\",\"b\"]")]
    [InlineData("$split('abc', '')", "[\"a\",\"b\",\"c\"]")]
    public void RegexFunction_Call_ReturnsTheReferenceResult(string expression, string expected) =>
        Assert.Equal(expected, JsonataEval.Json(expression));

    [Theory]
    [InlineData("$replace('abc', '', 'x')", "D3010")]
    [InlineData("$replace('abc', 'b', 'x', -1)", "D3011")]
    [InlineData("$replace('abc', /b/, function($m){ 1 })", "D3012")]
    [InlineData("$split('abc', 'b', -1)", "D3020")]
    [InlineData("$match('abc', /b/, -1)", "D3040")]
    [InlineData("$match('abc', /x*/)", "D1004")]
    [InlineData("$contains('abc', function($s){ 5 })", "T1010")]
    public void RegexFunction_BadArguments_ThrowTheReferenceCode(string expression, string code) =>
        Assert.Equal(code, JsonataEval.Error(expression).Code);
}
