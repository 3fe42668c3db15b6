using EventPro.Specs.Engine.Integrations.MockConfig;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Hosting;
using EventPro.Specs.Server.Tests.Support;

namespace EventPro.Specs.Server.Tests.Hosting;

public class MockConfigTestCasesTests
{
    private const string Definition = """{"StartAt":"Charge","States":{"Charge":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Retry":[{"ErrorEquals":["Gateway"],"IntervalSeconds":1}],"End":true}}}""";

    private const string MockConfig = """
        {
          "StateMachines": { "Pay": { "TestCases": {
            "Happy": { "Charge": "Charged" },
            "Flaky": { "Charge": "FailsOnceThenCharges" } } } },
          "MockedResponses": {
            "Charged": { "0": { "Return": { "StatusCode": 200, "Payload": { "id": "ch_1" } } } },
            "FailsOnceThenCharges": { "0": { "Throw": { "Error": "Gateway", "Cause": "slow" } }, "1": { "Return": { "Payload": { "id": "ch_2" } } } }
          }
        }
        """;

    [Theory]
    [InlineData("Happy", "ch_1", 1)]
    [InlineData("Flaky", "ch_2", 2)]
    public async Task StartExecution_TestCaseSuffix_AnswersFromTheMockConfigFile(string testCase, string chargeId, int scheduled)
    {
        var options = new ServerOptions { TimeScale = 0, TestCases = new MockConfigTestCases(MockConfigFile.Parse(MockConfig)) };
        await using var api = await InMemoryApi.StartAsync(options);
        var arn = await api.CreateStateMachineAsync("Pay", Definition);

        var execution = await api.StartExecutionAsync(arn + "#" + testCase, "{}");
        var described = await api.WaitForEndAsync(execution);

        Assert.Equal("SUCCEEDED", ((JsonString)described["status"]).Value);
        Assert.Contains(chargeId, ((JsonString)described["output"]).Value, StringComparison.Ordinal);
        var history = (await api.CallAsync("GetExecutionHistory", ("executionArn", execution))).Ok();
        Assert.Equal(scheduled, ((JsonArray)history["events"]).Count(e => ((JsonString)((JsonObject)e)["type"]).Value == "TaskScheduled"));
    }

    [Fact]
    public async Task StartExecution_UnknownTestCase_IsRefused()
    {
        var options = new ServerOptions { TimeScale = 0, TestCases = new MockConfigTestCases(MockConfigFile.Parse(MockConfig)) };
        await using var api = await InMemoryApi.StartAsync(options);
        var arn = await api.CreateStateMachineAsync("Pay", Definition);

        var response = await api.CallAsync("StartExecution", ("stateMachineArn", arn + "#Missing"));

        Assert.Equal(400, response.Status);
    }
}
