using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.Remote;

namespace EventPro.Specs.Harness.Tests.Remote;

public class StepFunctionsClientTests
{
    private const string WaitThenPass = """
        {"StartAt":"Pause","States":{
          "Pause":{"Type":"Wait","Seconds":5,"Next":"Done"},
          "Done":{"Type":"Pass","Parameters":{"order.$":"$.order","at.$":"$$.State.EnteredTime"},"End":true}}}
        """;

    [Fact]
    public async Task RunAsync_OnOurServer_GivesTheStatusOutputAndHistoryOfTheExecution()
    {
        await using var server = await OurServer.StartAsync();
        using var client = new StepFunctionsClient(server.Endpoint);

        var result = await new RemoteExecutionRunner(client).RunAsync("client-test", WaitThenPass, JsonValue.Parse("""{"order":"ord-1"}"""), "run-1", testCase: null, TestContext.Current.CancellationToken);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(JsonValue.Parse("\"ord-1\""), ((JsonObject)result.Output!)["order"]);
        Assert.Equal(["Pause", "Done"], result.Path);
        Assert.Equal(HistoryEventType.ExecutionSucceeded, result.Events[^1].Type);
        Assert.Equal(5, (result.StopDate - result.StartDate).TotalSeconds, precision: 0);
        Assert.EndsWith(":execution:client-test:run-1", result.Info.Arn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_DeletesTheStateMachineItCreated()
    {
        await using var server = await OurServer.StartAsync();
        using var client = new StepFunctionsClient(server.Endpoint);

        var result = await new RemoteExecutionRunner(client).RunAsync("deleted-after", WaitThenPass, JsonObject.Empty, null, null, TestContext.Current.CancellationToken);

        var e = await Assert.ThrowsAsync<StepFunctionsApiException>(() =>
            client.StartExecutionAsync(result.Info.StateMachineArn, "again", JsonObject.Empty, TestContext.Current.CancellationToken));
        Assert.Equal("StateMachineDoesNotExist", e.Code);
    }

    [Fact]
    public async Task GetExecutionHistoryAsync_MoreEventsThanAPage_ReadsEveryPageInOrder()
    {
        // 400 Map iterations of a Pass state: 4 events each, well over GetExecutionHistory's 1000 per page.
        const string manyEvents = """
            {"StartAt":"Each","States":{"Each":{"Type":"Map","ItemsPath":"$.items","End":true,
              "ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}}}}
            """;
        var input = JsonValue.Parse($"{{\"items\":[{string.Join(',', Enumerable.Range(0, 400))}]}}");
        await using var server = await OurServer.StartAsync();
        using var client = new StepFunctionsClient(server.Endpoint);

        var remote = await new RemoteExecutionRunner(client).RunAsync("many-events", manyEvents, input, "many", null, TestContext.Current.CancellationToken);
        var local = new StepFunctionsEngine().Execute(StateMachine.Parse(manyEvents, "many-events.asl.json"), input);

        Assert.True(remote.Events.Count > 1000, $"{remote.Events.Count} events");
        Assert.Equal(local.Events.Count, remote.Events.Count);
        Assert.Equal(Enumerable.Range(1, remote.Events.Count).Select(i => (long)i), remote.Events.Select(e => e.Id));
    }

    [Fact]
    public async Task DescribeExecutionAsync_UnknownExecution_ThrowsWithTheAwsErrorCode()
    {
        await using var server = await OurServer.StartAsync();
        using var client = new StepFunctionsClient(server.Endpoint);

        var e = await Assert.ThrowsAsync<StepFunctionsApiException>(() =>
            client.DescribeExecutionAsync("arn:aws:states:us-east-1:123456789012:execution:nothing:here", TestContext.Current.CancellationToken));

        Assert.Equal("ExecutionDoesNotExist", e.Code);
        Assert.Equal("DescribeExecution", e.Operation);
        Assert.Equal(400, e.StatusCode);
    }

    [Fact]
    public async Task CreateStateMachineAsync_InvalidDefinition_ThrowsInvalidDefinition()
    {
        await using var server = await OurServer.StartAsync();
        using var client = new StepFunctionsClient(server.Endpoint);

        var e = await Assert.ThrowsAsync<StepFunctionsApiException>(() =>
            client.CreateStateMachineAsync("broken", """{"StartAt":"Missing","States":{}}""", RemoteExecutionRunner.RoleArn, cancellation: TestContext.Current.CancellationToken));

        Assert.Equal("InvalidDefinition", e.Code);
    }
}
