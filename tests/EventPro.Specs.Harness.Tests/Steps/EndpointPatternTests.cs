using EventPro.Specs.Harness.Steps;

namespace EventPro.Specs.Harness.Tests.Steps;

public class EndpointPatternTests
{
    [Fact]
    public void Parse_MethodAndPath_MatchesThatMethodAndPath()
    {
        var json = EndpointPattern.Parse("post /v1/payment_intents").ToJson();

        Assert.Equal("POST", (string?)json["method"]);
        Assert.Equal("/v1/payment_intents", (string?)json["urlPath"]);
    }

    [Theory]
    [InlineData("/v1/payment_intents")]
    [InlineData("POST v1/payment_intents")]
    [InlineData("")]
    public void Parse_NotMethodSpacePath_ThrowsWithAnExample(string endpoint)
    {
        var error = Assert.Throws<ArgumentException>(() => EndpointPattern.Parse(endpoint));

        Assert.Contains("METHOD /path", error.Message, StringComparison.Ordinal);
    }
}
