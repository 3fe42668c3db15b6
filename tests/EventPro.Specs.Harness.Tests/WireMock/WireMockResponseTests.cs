using System.Text.Json.Nodes;
using EventPro.Specs.Harness.WireMock;

namespace EventPro.Specs.Harness.Tests.WireMock;

public class WireMockResponseTests
{
    [Fact]
    public void ToJson_Create_Is200WithNothingElse()
        => Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"status":200}"""), WireMockResponse.Create().ToJson()));

    [Fact]
    public void ToJson_JsonBody_AddsAJsonContentType()
    {
        var json = WireMockResponse.Create().WithStatusCode(402).WithJsonBody("""{"error":{"code":"card_declined"}}""").WithFixedDelay(TimeSpan.FromMilliseconds(250)).ToJson();

        var expected = JsonNode.Parse(
            """{"status":402,"jsonBody":{"error":{"code":"card_declined"}},"headers":{"Content-Type":"application/json"},"fixedDelayMilliseconds":250}""");
        Assert.True(JsonNode.DeepEquals(expected, json), json.ToJsonString());
    }

    [Fact]
    public void ToJson_JsonBodyWithOwnContentType_KeepsIt()
    {
        var json = WireMockResponse.Create().WithHeader("content-type", "application/x-amz-json-1.0").WithJsonBody("{}").ToJson();

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"content-type":"application/x-amz-json-1.0"}"""), json["headers"]));
    }

    [Fact]
    public void ToJson_LastBodyWins()
    {
        var json = WireMockResponse.Create().WithJsonBody("[1]").WithBody("text").ToJson();

        Assert.Equal("text", (string?)json["body"]);
        Assert.Null(json["jsonBody"]);
    }

    [Fact]
    public void ToJson_BodyFile_NamesTheFile()
        => Assert.Equal("stripe/charge.json", (string?)WireMockResponse.Create().WithBodyFile("stripe/charge.json").ToJson()["bodyFileName"]);

    [Fact]
    public void ToJson_Fault_WritesTheFaultInsteadOfAStatus()
    {
        var json = WireMockResponse.Create().WithStatusCode(500).WithFault(WireMockFault.EmptyResponse).ToJson();

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"fault":"EMPTY_RESPONSE"}"""), json), json.ToJsonString());
    }

    [Theory]
    [InlineData(99)]
    [InlineData(600)]
    public void WithStatusCode_OutsideHttpRange_IsRefused(int status)
        => Assert.Throws<ArgumentOutOfRangeException>(() => WireMockResponse.Create().WithStatusCode(status));

    [Fact]
    public void WithFixedDelay_Negative_IsRefused()
        => Assert.Throws<ArgumentOutOfRangeException>(() => WireMockResponse.Create().WithFixedDelay(TimeSpan.FromMilliseconds(-1)));
}
