using System.Text.Json.Nodes;
using EventPro.Specs.Harness.WireMock;

namespace EventPro.Specs.Harness.Tests.WireMock;

public class WireMockScopingTests
{
    [Fact]
    public void ScopeMapping_FileStyleMapping_AddsHeaderMetadataAndScenarioPrefixAndDropsIdsAndPersistence()
    {
        var mapping = (JsonObject)JsonNode.Parse(
            """
            {
              "id": "6f1c1c0e-0000-4000-8000-000000000001", "uuid": "6f1c1c0e-0000-4000-8000-000000000001", "persistent": true,
              "scenarioName": "charge", "requiredScenarioState": "Started",
              "metadata": { "owner": "payments" },
              "request": { "method": "POST", "headers": { "x-eventpro-scope": { "equalTo": "forged" }, "Accept": { "equalTo": "*/*" } } },
              "response": { "status": 200 }
            }
            """)!;

        var scoped = WireMockScoping.ScopeMapping(mapping, "s1");

        var expected = JsonNode.Parse(
            """
            {
              "scenarioName": "s1:charge", "requiredScenarioState": "Started",
              "metadata": { "owner": "payments", "eventproScope": "s1" },
              "request": { "method": "POST", "headers": { "Accept": { "equalTo": "*/*" }, "X-EventPro-Scope": { "equalTo": "s1" } } },
              "response": { "status": 200 }
            }
            """);
        Assert.True(JsonNode.DeepEquals(expected, scoped), scoped.ToJsonString());
        Assert.Equal("6f1c1c0e-0000-4000-8000-000000000001", (string?)mapping["id"]);
    }

    [Fact]
    public void ScopeMapping_NoRequest_IsRefused()
        => Assert.Throws<ArgumentException>(() => WireMockScoping.ScopeMapping(new JsonObject { ["response"] = new JsonObject() }, "s1"));

    [Fact]
    public void ScopeRequestPattern_AnyPattern_RequiresTheScopeHeader()
    {
        var scoped = WireMockScoping.ScopeRequestPattern(WireMockRequest.Create().UsingGet().WithPath("/a").ToJson(), "s2");

        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"method":"GET","urlPath":"/a","headers":{"X-EventPro-Scope":{"equalTo":"s2"}}}"""), scoped), scoped.ToJsonString());
    }

    [Fact]
    public void MetadataPattern_Scope_MatchesItsMetadataKey()
        => Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"matchesJsonPath":{"expression":"$.eventproScope","equalTo":"s3"}}"""),
            WireMockScoping.MetadataPattern("s3")));
}
