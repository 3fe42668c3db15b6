using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Hosting;
using EventPro.Specs.Server.Tests.Support;

namespace EventPro.Specs.Server.Tests.Operations;

public class ExecutionQueriesTests
{
    [Fact]
    public async Task Describe_RunningExecution_IsRunningWithoutStopDateOrOutput()
    {
        await using var api = await InMemoryApi.StartAsync(new ServerOptions());
        var arn = await api.CreateStateMachineAsync("Orders");
        var execution = await api.StartExecutionAsync(arn, """{"ok":true}""", name: "slow");

        var body = (await api.CallAsync("DescribeExecution", ("executionArn", execution))).Ok();

        Assert.Equal("RUNNING", ((JsonString)body["status"]).Value);
        Assert.Equal("""{"ok":true}""", ((JsonString)body["input"]).Value);
        Assert.False(body.ContainsKey("stopDate") || body.ContainsKey("output"));
    }

    [Fact]
    public async Task Describe_MetadataOnly_LeavesTheDataOut()
    {
        await using var api = await InMemoryApi.StartAsync();
        var arn = await api.CreateStateMachineAsync("Orders");
        var execution = await api.StartExecutionAsync(arn, """{"ok":true}""");
        await api.WaitForEndAsync(execution);

        var body = (await api.CallAsync("DescribeExecution", ("executionArn", execution), ("includedData", "METADATA_ONLY"))).Ok();

        Assert.False(body.ContainsKey("input") || body.ContainsKey("output"));
        Assert.Equal(JsonObject.Of(("included", false)), body["inputDetails"]);
    }

    [Fact]
    public async Task Describe_FailedExecution_HasErrorAndCause()
    {
        await using var api = await InMemoryApi.StartAsync();
        var arn = await api.CreateStateMachineAsync("Orders");

        var body = await api.WaitForEndAsync(await api.StartExecutionAsync(arn, """{"ok":false}"""));

        Assert.Equal("FAILED", ((JsonString)body["status"]).Value);
        Assert.Equal("Rejected", ((JsonString)body["error"]).Value);
        Assert.Equal("ok was not true", ((JsonString)body["cause"]).Value);
    }

    [Theory]
    [InlineData("arn:aws:states:us-east-1:123456789012:execution:Orders:nope", "ExecutionDoesNotExist")]
    [InlineData("arn:aws:states:us-east-1:123456789012:stateMachine:Orders", "InvalidArn")]
    [InlineData("nope", "InvalidArn")]
    public async Task Describe_UnknownOrWrongArn_IsTheAwsError(string executionArn, string code)
    {
        await using var api = await InMemoryApi.StartAsync();

        (await api.CallAsync("DescribeExecution", ("executionArn", executionArn))).Fails(code);
    }

    [Fact]
    public async Task Stop_RunningExecution_EndsAbortedWithTheGivenErrorAndCause()
    {
        await using var api = await InMemoryApi.StartAsync(new ServerOptions());
        var arn = await api.CreateStateMachineAsync("Orders");
        var execution = await api.StartExecutionAsync(arn, """{"ok":true}""");

        var stop = (await api.CallAsync("StopExecution", ("executionArn", execution), ("error", "Operator"), ("cause", "stopped by hand"))).Ok();

        Assert.IsType<JsonNumber>(stop["stopDate"]);
        var body = (await api.CallAsync("DescribeExecution", ("executionArn", execution))).Ok();
        Assert.Equal("ABORTED", ((JsonString)body["status"]).Value);
        Assert.Equal("Operator", ((JsonString)body["error"]).Value);
        Assert.Equal("stopped by hand", ((JsonString)body["cause"]).Value);
        Assert.Equal(stop["stopDate"], body["stopDate"]);
        var events = (JsonArray)(await api.CallAsync("GetExecutionHistory", ("executionArn", execution), ("reverseOrder", true))).Ok()["events"];
        var last = (JsonObject)events[0];
        Assert.Equal("ExecutionAborted", ((JsonString)last["type"]).Value);
        Assert.Equal(JsonObject.Of(("error", "Operator"), ("cause", "stopped by hand")), last["executionAbortedEventDetails"]);
    }

    [Fact]
    public async Task Running_DescribeListAndStateMachine_ShowItRunning()
    {
        var gate = new GatedTaskBackend();
        await using var api = await InMemoryApi.StartAsync(InMemoryApi.Gated(gate));
        var execution = await api.StartHeldExecutionAsync(gate);
        var machine = api.Server.Api.State.Registry.FindExecution(execution)!.StateMachine.Arn;

        var described = (await api.CallAsync("DescribeExecution", ("executionArn", execution))).Ok();
        var listed = (JsonObject)((JsonArray)(await api.CallAsync("ListExecutions", ("stateMachineArn", machine), ("statusFilter", "RUNNING"))).Ok()["executions"]).Single();
        var definition = (await api.CallAsync("DescribeStateMachineForExecution", ("executionArn", execution))).Ok();

        Assert.Equal("RUNNING", ((JsonString)described["status"]).Value);
        Assert.False(described.ContainsKey("stopDate") || described.ContainsKey("output") || described.ContainsKey("error"));
        Assert.Equal("RUNNING", ((JsonString)listed["status"]).Value);
        Assert.False(listed.ContainsKey("stopDate"));
        Assert.Equal(GatedTaskBackend.Definition, ((JsonString)definition["definition"]).Value);
        Assert.Equal(machine, ((JsonString)definition["stateMachineArn"]).Value);
    }

    [Fact]
    public async Task Stop_HeldExecution_EndsAbortedAfterTheEventsSoFar()
    {
        var gate = new GatedTaskBackend();
        await using var api = await InMemoryApi.StartAsync(InMemoryApi.Gated(gate));
        var execution = await api.StartHeldExecutionAsync(gate);

        var stop = (await api.CallAsync("StopExecution", ("executionArn", execution), ("error", "Operator"), ("cause", "changed my mind"))).Ok();

        var described = (await api.CallAsync("DescribeExecution", ("executionArn", execution))).Ok();
        var events = (JsonArray)(await api.CallAsync("GetExecutionHistory", ("executionArn", execution))).Ok()["events"];
        Assert.Equal("ABORTED", ((JsonString)described["status"]).Value);
        Assert.Equal(stop["stopDate"], described["stopDate"]);
        Assert.False(described.ContainsKey("output"));
        Assert.Equal([.. GatedTaskBackend.HeldTypes, "ExecutionAborted"], InMemoryApi.Types(events));
        var aborted = (JsonObject)events[^1];
        // AWS's ExecutionAborted follows no event (previousEventId 0) and carries StopExecution's error and cause.
        Assert.Equal(JsonObject.Of(("error", "Operator"), ("cause", "changed my mind")), aborted["executionAbortedEventDetails"]);
        Assert.Equal(0.0, ((JsonNumber)aborted["previousEventId"]).Value);
        Assert.Equal(stop["stopDate"], aborted["timestamp"]);
        Assert.Equal("ABORTED", ((JsonString)((JsonObject)((JsonArray)(await api.CallAsync("ListExecutions", ("stateMachineArn", ((JsonString)described["stateMachineArn"]).Value))).Ok()["executions"])[0])["status"]).Value);
    }

    [Fact]
    public async Task Stop_EndedExecution_KeepsItsStatus()
    {
        await using var api = await InMemoryApi.StartAsync();
        var arn = await api.CreateStateMachineAsync("Orders");
        var execution = await api.StartExecutionAsync(arn, """{"ok":true}""");
        var ended = await api.WaitForEndAsync(execution);

        var stop = (await api.CallAsync("StopExecution", ("executionArn", execution))).Ok();

        Assert.Equal(ended["stopDate"], stop["stopDate"]);
        Assert.Equal("SUCCEEDED", ((JsonString)(await api.CallAsync("DescribeExecution", ("executionArn", execution))).Ok()["status"]).Value);
    }

    [Fact]
    public async Task Delete_StateMachineWithRunningExecution_AbortsIt()
    {
        await using var api = await InMemoryApi.StartAsync(new ServerOptions());
        var arn = await api.CreateStateMachineAsync("Orders");
        var execution = await api.StartExecutionAsync(arn, """{"ok":true}""");

        (await api.CallAsync("DeleteStateMachine", ("stateMachineArn", arn))).Ok();

        Assert.Equal("ABORTED", ((JsonString)(await api.WaitForEndAsync(execution))["status"]).Value);
    }

    [Fact]
    public async Task List_ManyExecutions_PagesMostRecentFirstWithStatusFilter()
    {
        await using var api = await InMemoryApi.StartAsync();
        var arn = await api.CreateStateMachineAsync("Orders");
        var started = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            started.Add(await api.StartExecutionAsync(arn, i % 2 == 0 ? """{"ok":true}""" : """{"ok":false}""", name: $"e{i}"));
            await api.WaitForEndAsync(started[^1]);
        }

        var listed = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var request = JsonObject.Of(("stateMachineArn", arn), ("maxResults", 2), ("statusFilter", "SUCCEEDED"));
            var body = (await api.CallAsync("ListExecutions", token is null ? request : request.With("nextToken", token))).Ok();
            listed.AddRange(((JsonArray)body["executions"]).Select(e => ((JsonString)((JsonObject)e)["name"]).Value));
            token = (body.GetOrNull("nextToken") as JsonString)?.Value;
            pages++;
        }
        while (token is not null);

        Assert.Equal(["e6", "e4", "e2", "e0"], listed);
        Assert.Equal(2, pages);
    }

    [Fact]
    public async Task List_TokenWithOtherArguments_IsInvalidToken()
    {
        await using var api = await InMemoryApi.StartAsync();
        var arn = await api.CreateStateMachineAsync("Orders");
        for (var i = 0; i < 3; i++)
        {
            await api.WaitForEndAsync(await api.StartExecutionAsync(arn, """{"ok":true}"""));
        }

        var first = (await api.CallAsync("ListExecutions", ("stateMachineArn", arn), ("maxResults", 1))).Ok();
        var token = ((JsonString)first["nextToken"]).Value;

        (await api.CallAsync("ListExecutions", ("stateMachineArn", arn), ("maxResults", 1), ("statusFilter", "FAILED"), ("nextToken", token))).Fails("InvalidToken");
        (await api.CallAsync("ListExecutions", ("stateMachineArn", arn), ("nextToken", "garbage!"))).Fails("InvalidToken");
    }

    [Fact]
    public async Task List_ExpressStateMachine_IsStateMachineTypeNotSupported()
    {
        await using var api = await InMemoryApi.StartAsync();
        var arn = await api.CreateStateMachineAsync("Quick", type: "EXPRESS");

        (await api.CallAsync("ListExecutions", ("stateMachineArn", arn))).Fails("StateMachineTypeNotSupported");
    }

    [Fact]
    public async Task List_WithoutStateMachineOrMapRun_IsValidationException()
    {
        await using var api = await InMemoryApi.StartAsync();

        (await api.CallAsync("ListExecutions")).Fails("ValidationException");
        (await api.CallAsync("ListExecutions", ("mapRunArn", "arn:aws:states:us-east-1:123456789012:mapRun:M/label:1"))).Fails("ResourceNotFound");
    }

    [Fact]
    public async Task DescribeStateMachineForExecution_UnknownExecution_IsExecutionDoesNotExist()
    {
        await using var api = await InMemoryApi.StartAsync();

        (await api.CallAsync("DescribeStateMachineForExecution", ("executionArn", "arn:aws:states:us-east-1:123456789012:execution:M:e"))).Fails("ExecutionDoesNotExist");
    }
}
