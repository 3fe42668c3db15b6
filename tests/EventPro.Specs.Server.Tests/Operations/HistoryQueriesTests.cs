using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Hosting;
using EventPro.Specs.Server.Operations;
using EventPro.Specs.Server.Protocol;
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
    public async Task Started_BuiltBeforeTheEngineRecordsIt_IsTheEngineEvent()
    {
        await using var api = await InMemoryApi.StartAsync();
        var arn = await api.CreateStateMachineAsync("Orders");
        var execution = await api.StartExecutionAsync(arn, """{ "ok" : true }""");
        await api.WaitForEndAsync(execution);

        var recorded = (JsonObject)((JsonArray)(await api.CallAsync("GetExecutionHistory", ("executionArn", execution))).Ok()["events"])[0];
        var synthesized = HistoryJson.Started(api.Server.Api.State.Registry.FindExecution(execution)!);

        Assert.Equal(recorded.Keys, synthesized.Keys);
        Assert.Equal(recorded, synthesized);
    }

    [Fact]
    public async Task Get_RunningExecution_ReturnsTheEventsRecordedSoFarThenTheRest()
    {
        var gate = new GatedTaskBackend();
        await using var api = await InMemoryApi.StartAsync(InMemoryApi.Gated(gate));
        var execution = await api.StartHeldExecutionAsync(gate);

        var running = (JsonArray)(await api.CallAsync("GetExecutionHistory", ("executionArn", execution))).Ok()["events"];
        gate.Release(JsonObject.Of(("charged", true)));
        await api.WaitForEndAsync(execution);
        var ended = (JsonArray)(await api.CallAsync("GetExecutionHistory", ("executionArn", execution))).Ok()["events"];

        Assert.Equal(GatedTaskBackend.HeldTypes, InMemoryApi.Types(running));
        Assert.Equal(running, ended.Take(running.Count));
        Assert.Equal("ExecutionSucceeded", InMemoryApi.Types(ended)[^1]);
        Assert.Contains("TaskSucceeded", InMemoryApi.Types(ended));
    }

    [Fact]
    public async Task Get_PagesWhileTheHistoryGrows_GiveEachEventOnce()
    {
        var gate = new GatedTaskBackend();
        await using var api = await InMemoryApi.StartAsync(InMemoryApi.Gated(gate));
        var execution = await api.StartHeldExecutionAsync(gate);
        var forwardRequest = JsonObject.Of(("executionArn", execution), ("maxResults", 3));
        var reverseRequest = forwardRequest.With("reverseOrder", true);

        var forwardFirst = (await api.CallAsync("GetExecutionHistory", forwardRequest)).Ok();
        var reverseFirst = (await api.CallAsync("GetExecutionHistory", reverseRequest)).Ok();
        gate.Release(JsonObject.Empty);
        await api.WaitForEndAsync(execution);
        var forwardRest = await AllPages(api, forwardRequest, ((JsonString)forwardFirst["nextToken"]).Value);
        var reverseRest = await AllPages(api, reverseRequest, ((JsonString)reverseFirst["nextToken"]).Value);

        var total = ((JsonArray)(await api.CallAsync("GetExecutionHistory", ("executionArn", execution))).Ok()["events"]).Count;
        Assert.True(total > GatedTaskBackend.HeldTypes.Length, $"the history should have grown past the held Task, has {total} events");
        // Forward: ids 1-3 while running, then every later event once, up to the end.
        Assert.Equal(Ids(1, 3), EventIds((JsonArray)forwardFirst["events"]));
        Assert.Equal(Ids(4, total), forwardRest.Select(Id));
        // Reverse: the newest events of the running snapshot (4, 3, 2), then below them only, never the newer ones.
        Assert.Equal(Ids(4, 2).ToList(), EventIds((JsonArray)reverseFirst["events"]));
        Assert.Equal([1.0], reverseRest.Select(Id));
    }

    [Fact]
    public async Task Get_ReverseTokenPastTheHistory_IsInvalidToken()
    {
        var gate = new GatedTaskBackend();
        await using var api = await InMemoryApi.StartAsync(InMemoryApi.Gated(gate));
        var execution = await api.StartHeldExecutionAsync(gate);
        var scope = $"GetExecutionHistory|{execution}|True|True";

        (await api.CallAsync("GetExecutionHistory", ("executionArn", execution), ("reverseOrder", true), ("nextToken", PageToken.Encode(scope, 5)))).Fails("InvalidToken");
        (await api.CallAsync("GetExecutionHistory", ("executionArn", execution), ("reverseOrder", true), ("nextToken", PageToken.Encode(scope, 4)))).Ok();
    }

    [Fact]
    public async Task Get_UnknownExecution_IsExecutionDoesNotExist()
    {
        await using var api = await InMemoryApi.StartAsync();

        (await api.CallAsync("GetExecutionHistory", ("executionArn", "arn:aws:states:us-east-1:123456789012:execution:M:e"))).Fails("ExecutionDoesNotExist");
    }

    private static async Task<List<JsonObject>> AllPages(InMemoryApi api, string execution, bool reverse) =>
        await AllPages(api, JsonObject.Of(("executionArn", execution), ("maxResults", 3), ("reverseOrder", reverse)), null);

    private static async Task<List<JsonObject>> AllPages(InMemoryApi api, JsonObject request, string? token)
    {
        var events = new List<JsonObject>();
        do
        {
            var body = (await api.CallAsync("GetExecutionHistory", token is null ? request : request.With("nextToken", token))).Ok();
            events.AddRange(((JsonArray)body["events"]).Cast<JsonObject>());
            token = (body.GetOrNull("nextToken") as JsonString)?.Value;
        }
        while (token is not null);

        return events;
    }

    private static double Id(JsonObject e) => ((JsonNumber)e["id"]).Value;

    private static IEnumerable<double> EventIds(JsonArray events) => events.Cast<JsonObject>().Select(Id);

    /// <summary>The ids from <paramref name="first"/> to <paramref name="last"/>, either way.</summary>
    private static IEnumerable<double> Ids(int first, int last) =>
        first <= last ? Enumerable.Range(first, last - first + 1).Select(i => (double)i) : Ids(last, first).Reverse();
}
