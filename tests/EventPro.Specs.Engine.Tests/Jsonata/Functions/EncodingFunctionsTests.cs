namespace EventPro.Specs.Engine.Tests.Jsonata.Functions;

public class EncodingFunctionsTests
{
    [Theory]
    [InlineData("$base64encode('Hello World')", "\"SGVsbG8gV29ybGQ=\"")]
    [InlineData("$base64decode('SGVsbG8gV29ybGQ=')", "\"Hello World\"")]
    [InlineData("$encodeUrlComponent('a b&c=d/é')", "\"a%20b%26c%3Dd%2F%C3%A9\"")]
    [InlineData("$encodeUrl('https://x.org/a b?q=1&r=é')", "\"https://x.org/a%20b?q=1&r=%C3%A9\"")]
    [InlineData("$decodeUrlComponent('a%20b%26c%3Dd%2F%C3%A9')", "\"a b&c=d/é\"")]
    [InlineData("$decodeUrl('a%20b%2F')", "\"a b%2F\"")]
    public void EncodingFunction_Call_ReturnsTheReferenceResult(string expression, string expected) =>
        Assert.Equal(expected, JsonataEval.Json(expression));

    [Theory]
    [InlineData("$decodeUrlComponent('%E0%A4%A')")]
    [InlineData("$encodeUrlComponent('\\uD800')")]
    public void UrlFunction_MalformedInput_ThrowsD3140(string expression)
    {
        var error = JsonataEval.Error(expression);
        Assert.Equal("D3140", error.Code);
        Assert.StartsWith("Malformed URL passed to $", error.Message, StringComparison.Ordinal);
    }
}
