using System.Text.Json.Nodes;
using EventPro.Specs.Harness.WireMock;

namespace EventPro.Specs.Harness.Tests.WireMock;

public class WireMockStubTests
{
    [Fact]
    public void ToJson_FullStub_WritesWireMocksMappingFormat()
    {
        var stub = WireMockStub.Given(WireMockRequest.Create().UsingGet().WithUrl("/x"))
            .RespondWith(WireMockResponse.Create().WithStatusCode(503))
            .WithName("flaky x")
            .WithPriority(1)
            .InScenario("flaky")
            .WhenStateIs(WireMockScenario.StartedState)
            .WillSetStateTo("recovered");

        var expected = JsonNode.Parse(
            """
            {
              "name": "flaky x", "priority": 1,
              "scenarioName": "flaky", "requiredScenarioState": "Started", "newScenarioState": "recovered",
              "request": { "method": "GET", "url": "/x" },
              "response": { "status": 503 }
            }
            """);
        Assert.True(JsonNode.DeepEquals(expected, stub.ToJson()), stub.ToJson().ToJsonString());
    }

    [Fact]
    public void ToJson_NoResponseGiven_Answers200()
        => Assert.Equal(200, (int?)WireMockStub.Given(WireMockRequest.Create()).ToJson()["response"]?["status"]);

    [Fact]
    public void ToJson_StateWithoutScenario_IsRefused()
        => Assert.Throws<InvalidOperationException>(() => WireMockStub.Given(WireMockRequest.Create()).WillSetStateTo("x").ToJson());
}
