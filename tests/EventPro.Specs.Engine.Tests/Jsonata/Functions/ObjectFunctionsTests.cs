namespace EventPro.Specs.Engine.Tests.Jsonata.Functions;

public class ObjectFunctionsTests
{
    [Theory]
    [InlineData("$keys({'a': 1, 'b': 2})", "[\"a\",\"b\"]")]
    [InlineData("$keys([{'a': 1}, {'b': 2, 'a': 3}])", "[\"a\",\"b\"]")]
    [InlineData("$lookup({'a': 1}, 'a')", "1")]
    [InlineData("$lookup([{'a': 1}, {'a': [2, 3]}], 'a')", "[1,2,3]")]
    [InlineData("$spread({'a': 1, 'b': 2})", "[{\"a\":1},{\"b\":2}]")]
    [InlineData("$merge([{'a': 1, 'b': 1}, {'b': 2}])", "{\"a\":1,\"b\":2}")]
    [InlineData("$type([])", "\"array\"")]
    [InlineData("$type(null)", "\"null\"")]
    [InlineData("$type($type)", "\"function\"")]
    [InlineData("$type(nothing)", "undefined")]
    [InlineData("$clone({'a': [1]})", "{\"a\":[1]}")]
    [InlineData("$assert(true, 'no')", "undefined")]
    public void ObjectFunction_Call_ReturnsTheReferenceResult(string expression, string expected) =>
        Assert.Equal(expected, JsonataEval.Json(expression));

    [Fact]
    public void Error_WithMessage_ThrowsD3137WithThatMessage()
    {
        var error = JsonataEval.Error("$error('boom')");
        Assert.Equal("D3137", error.Code);
        Assert.Equal("boom", error.Message);
    }

    [Fact]
    public void Assert_False_ThrowsD3141WithTheDefaultMessage()
    {
        var error = JsonataEval.Error("$assert(1 = 2)");
        Assert.Equal("D3141", error.Code);
        Assert.Equal("$assert() statement failed", error.Message);
    }
}
