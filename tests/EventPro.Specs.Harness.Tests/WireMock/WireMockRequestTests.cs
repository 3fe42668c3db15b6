using System.Text.Json.Nodes;
using EventPro.Specs.Harness.WireMock;

namespace EventPro.Specs.Harness.Tests.WireMock;

public class WireMockRequestTests
{
    [Fact]
    public void ToJson_Create_MatchesAnyMethodAndUrl()
        => Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"method":"ANY"}"""), WireMockRequest.Create().ToJson()));

    [Fact]
    public void ToJson_EveryMatcher_WritesWireMocksRequestPatternFormat()
    {
        var request = WireMockRequest.Create()
            .UsingPost()
            .WithPath("/v1/charges")
            .WithHeader("Authorization", new JsonObject { ["matches"] = "Bearer sk_test_.*" })
            .WithHeader("Idempotency-Key", "k1")
            .WithQueryParameter("expand", "customer")
            .WithFormParameter("amount", "4200")
            .WithBodyContaining("currency=eur")
            .WithBodyEqualToJson("""{"a":[1,2]}""", ignoreArrayOrder: true, ignoreExtraElements: true)
            .WithBodyMatchingJsonPath("$.a");

        var expected = JsonNode.Parse(
            """
            {
              "method": "POST",
              "urlPath": "/v1/charges",
              "headers": { "Authorization": { "matches": "Bearer sk_test_.*" }, "Idempotency-Key": { "equalTo": "k1" } },
              "queryParameters": { "expand": { "equalTo": "customer" } },
              "formParameters": { "amount": { "equalTo": "4200" } },
              "bodyPatterns": [
                { "contains": "currency=eur" },
                { "equalToJson": { "a": [1, 2] }, "ignoreArrayOrder": true, "ignoreExtraElements": true },
                { "matchesJsonPath": "$.a" }
              ]
            }
            """);
        Assert.True(JsonNode.DeepEquals(expected, request.ToJson()), request.ToJson().ToJsonString());
    }

    [Theory]
    [InlineData("url")]
    [InlineData("urlPath")]
    [InlineData("urlPathPattern")]
    [InlineData("urlPattern")]
    public void ToJson_UrlKinds_LastOneSetWins(string kind)
    {
        var request = WireMockRequest.Create().WithUrl("/first");
        request = kind switch
        {
            "url" => request.WithUrl("/x"),
            "urlPath" => request.WithPath("/x"),
            "urlPathPattern" => request.WithPathMatching("/x"),
            _ => request.WithUrlMatching("/x"),
        };

        var json = request.ToJson();

        Assert.Equal("/x", (string?)json[kind]);
        Assert.Equal(2, json.Count);
    }

    [Fact]
    public void UsingMethod_LowerCase_IsUpperCased()
        => Assert.Equal("PATCH", (string?)WireMockRequest.Create().UsingMethod("patch").ToJson()["method"]);

    [Fact]
    public void WithBodyEqualToJson_NotJson_IsRefused()
        => Assert.Throws<ArgumentException>(() => WireMockRequest.Create().WithBodyEqualToJson("{not json"));

    [Fact]
    public void ToJson_CalledTwice_ReturnsIndependentCopies()
    {
        var request = WireMockRequest.Create().WithHeader("A", "1");
        var first = request.ToJson();
        first["headers"]!.AsObject().Remove("A");

        Assert.NotNull(request.ToJson()["headers"]?["A"]);
    }
}
