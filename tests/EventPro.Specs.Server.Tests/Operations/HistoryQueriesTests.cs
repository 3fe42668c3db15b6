using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Hosting;
using EventPro.Specs.Server.Tests.Support;

namespace EventPro.Specs.Server.Tests.Operations;

public class HistoryQueriesTests
{
    [Fact]
    public async Task Get_EndedExecution_ReturnsTheEngineEventsWithEpochTimestamps()
    {
        await using var api = await InMemoryApi.StartAsync();
        var arn = await api.CreateStateMachineAsync("Orders");
        var execution = await api.StartExecutionAsync(arn, """{"ok":true}""");
        await api.WaitForEndAsync(execution);

        var events = (JsonArray)(await api.CallAsync("GetExecutionHistory", ("executionArn", execution))).Ok()["events"];

        var types = events.Select(e => ((JsonString)((JsonObject)e)["type"]).Value).ToList();
        Assert.Equal(
            ["ExecutionStarted", "ChoiceStateEntered", "ChoiceStateExited", "WaitStateEntered", "WaitStateExited", "PassStateEntered", "PassStateExited", "ExecutionSucceeded"],
            types);
        Assert.All(events, e => Assert.IsType<JsonNumber>(((JsonObject)e)["timestamp"]));
        var started = (JsonObject)((JsonObject)events[0])["executionStartedEventDetails"];
        Assert.Equal(InMemoryApi.RoleArn, ((JsonString)started["roleArn"]).Value);
    }

    [Fact]
    public async Task Get_PagesForwardAndBackward_CoverTheSameEventsInOppositeOrder()
    {
        await using var api = await InMemoryApi.StartAsync();
        var arn = await api.CreateStateMachineAsync("Orders");
        var execution = await api.StartExecutionAsync(arn, """{"ok":true}""");
        await api.WaitForEndAsync(execution);

        var forward = await AllPages(api, execution, reverse: false);
        var backward = await AllPages(api, execution, reverse: true);

        Assert.Equal(8, forward.Count);
        Assert.Equal(forward, Enumerable.Reverse(backward));
        Assert.Equal(Enumerable.Range(1, 8).Select(i => (double)i), forward.Select(e => ((JsonNumber)e["id"]).Value));
    }

    [Fact]
    public async Task Get_WithoutExecutionData_LeavesInputsAndOutputsOut()
    {
        await using var api = await InMemoryApi.StartAsync();
        var arn = await api.CreateStateMachineAsync("Orders");
        var execution = await api.StartExecutionAsync(arn, """{"ok":true}""");
        await api.WaitForEndAsync(execution);

        var events = (JsonArray)(await api.CallAsync("GetExecutionHistory", ("executionArn", execution), ("includeExecutionData", false))).Ok()["events"];

        Assert.DoesNotContain("\"input\"", events.ToJson(), StringComparison.Ordinal);
        Assert.DoesNotContain("\"output\"", events.ToJson(), StringComparison.Ordinal);
        Assert.Contains("\"roleArn\"", events.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_RunningExecution_ShowsTheEventsRecordedSoFar()
    {
        await using var api = await InMemoryApi.StartAsync(new ServerOptions());
        var arn = await api.CreateStateMachineAsync("Orders");
        var execution = await api.StartExecutionAsync(arn, """{ "ok" : true }""");

        var running = (JsonArray)(await api.CallAsync("GetExecutionHistory", ("executionArn", execution))).Ok()["events"];
        (await api.CallAsync("StopExecution", ("executionArn", execution))).Ok();
        var ended = (JsonArray)(await api.CallAsync("GetExecutionHistory", ("executionArn", execution))).Ok()["events"];

        // Before the engine records its first event, the ExecutionStarted event is built like the engine builds it.
        var first = (JsonObject)running[0];
        var recorded = (JsonObject)ended[0];
        Assert.Equal(recorded.Keys, first.Keys);
        Assert.Equal(recorded.Without("timestamp"), first.Without("timestamp"));
        Assert.InRange(((JsonNumber)recorded["timestamp"]).Value - ((JsonNumber)first["timestamp"]).Value, -1.0, 1.0);
        Assert.True(running.Count < ended.Count);
        Assert.Equal(ended.Skip(1).Take(running.Count - 1), running.Skip(1));
    }

    [Fact]
    public async Task Get_UnknownExecution_IsExecutionDoesNotExist()
    {
        await using var api = await InMemoryApi.StartAsync();

        (await api.CallAsync("GetExecutionHistory", ("executionArn", "arn:aws:states:us-east-1:123456789012:execution:M:e"))).Fails("ExecutionDoesNotExist");
    }

    private static async Task<List<JsonObject>> AllPages(InMemoryApi api, string execution, bool reverse)
    {
        var events = new List<JsonObject>();
        string? token = null;
        do
        {
            var request = JsonObject.Of(("executionArn", execution), ("maxResults", 3), ("reverseOrder", reverse));
            var body = (await api.CallAsync("GetExecutionHistory", token is null ? request : request.With("nextToken", token))).Ok();
            events.AddRange(((JsonArray)body["events"]).Cast<JsonObject>());
            token = (body.GetOrNull("nextToken") as JsonString)?.Value;
        }
        while (token is not null);

        return events;
    }
}
