using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Hosting;
using EventPro.Specs.Server.Tests.Support;

namespace EventPro.Specs.Server.Tests.Executions;

/// <summary>Child executions started by states:startExecution tasks are the server's executions like any other.</summary>
public class ChildExecutionRecorderTests
{
    private const string Child = """
        { "StartAt": "Ship", "States": { "Ship": { "Type": "Pass", "Parameters": { "shipped.$": "$.orderId" }, "End": true } } }
        """;

    private static string Parent(string resource) => $$"""
        { "StartAt": "StartChild", "States": { "StartChild": { "Type": "Task", "Resource": "{{resource}}",
            "Parameters": { "StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:Fulfilment", "Name": "fulfil-o1",
              "Input": { "orderId.$": "$.orderId" } }, "End": true } } }
        """;

    [Fact]
    public async Task SyncV2_ChildIsListedDescribedAndHasItsHistory()
    {
        await using var api = await InMemoryApi.StartAsync();
        var child = await api.CreateStateMachineAsync("Fulfilment", Child);
        var parent = await api.CreateStateMachineAsync("Checkout", Parent("arn:aws:states:::states:startExecution.sync:2"));

        var parentEnd = await api.WaitForEndAsync(await api.StartExecutionAsync(parent, """{"orderId":"o1"}"""));

        Assert.Equal("SUCCEEDED", ((JsonString)parentEnd["status"]).Value);
        var parentOutput = (JsonObject)JsonValue.Parse(((JsonString)parentEnd["output"]).Value);
        Assert.Equal(JsonObject.Of(("shipped", "o1")), parentOutput["Output"]);
        var listed = (JsonArray)(await api.CallAsync("ListExecutions", ("stateMachineArn", child))).Ok()["executions"];
        var only = (JsonObject)Assert.Single(listed);
        Assert.Equal("fulfil-o1", ((JsonString)only["name"]).Value);
        var childArn = ((JsonString)only["executionArn"]).Value;
        var described = await api.WaitForEndAsync(childArn);
        Assert.Equal("SUCCEEDED", ((JsonString)described["status"]).Value);
        Assert.Equal("""{"shipped":"o1"}""", ((JsonString)described["output"]).Value);
        var events = (JsonArray)(await api.CallAsync("GetExecutionHistory", ("executionArn", childArn))).Ok()["events"];
        Assert.Equal("ExecutionStarted", ((JsonString)((JsonObject)events[0])["type"]).Value);
        Assert.Equal("ExecutionSucceeded", ((JsonString)((JsonObject)events[^1])["type"]).Value);
    }

    [Fact]
    public async Task UnknownChild_FailsTheTaskWithStateMachineDoesNotExist()
    {
        await using var api = await InMemoryApi.StartAsync();
        var parent = await api.CreateStateMachineAsync("Checkout", Parent("arn:aws:states:::states:startExecution.sync"));

        var end = await api.WaitForEndAsync(await api.StartExecutionAsync(parent, """{"orderId":"o1"}"""));

        Assert.Equal("FAILED", ((JsonString)end["status"]).Value);
        Assert.Equal("StepFunctions.StateMachineDoesNotExistException", ((JsonString)end["error"]).Value);
    }

    [Fact]
    public async Task StopExecution_OnARunningChild_AbortsIt_AndFailsTheSyncParent()
    {
        // Real time: the child's hour-long wait keeps it running until it is stopped.
        await using var api = await InMemoryApi.StartAsync(new ServerOptions());
        var child = await api.CreateStateMachineAsync("Fulfilment", """{ "StartAt": "Hold", "States": { "Hold": { "Type": "Wait", "Seconds": 3600, "End": true } } }""");
        var parent = await api.CreateStateMachineAsync("Checkout", Parent("arn:aws:states:::states:startExecution.sync:2"));
        var parentArn = await api.StartExecutionAsync(parent, """{"orderId":"o1"}""");
        var childArn = await FirstExecutionAsync(api, child);

        (await api.CallAsync("StopExecution", ("executionArn", childArn), ("error", "Operator"), ("cause", "cancelled"))).Ok();

        var childEnd = await api.WaitForEndAsync(childArn);
        Assert.Equal("ABORTED", ((JsonString)childEnd["status"]).Value);
        var parentEnd = await api.WaitForEndAsync(parentArn);
        Assert.Equal("FAILED", ((JsonString)parentEnd["status"]).Value);
        Assert.Equal("States.TaskFailed", ((JsonString)parentEnd["error"]).Value);
        var cause = (JsonObject)JsonValue.Parse(((JsonString)parentEnd["cause"]).Value);
        Assert.Equal("ABORTED", ((JsonString)cause["Status"]).Value);
    }

    private static async Task<string> FirstExecutionAsync(InMemoryApi api, string stateMachineArn)
    {
        // The child is registered when the parent's task starts it, on the parent's thread.
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var listed = (JsonArray)(await api.CallAsync("ListExecutions", ("stateMachineArn", stateMachineArn))).Ok()["executions"];
            if (listed.Count > 0)
            {
                return ((JsonString)((JsonObject)listed[0])["executionArn"]).Value;
            }

            await Task.Delay(25, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"No execution of {stateMachineArn} was started.");
    }

    [Fact]
    public async Task RequestResponse_ParentEndsWhileItsChildStillRuns()
    {
        await using var api = await InMemoryApi.StartAsync(new ServerOptions());
        var child = await api.CreateStateMachineAsync("Fulfilment", """{ "StartAt": "Hold", "States": { "Hold": { "Type": "Wait", "Seconds": 3600, "End": true } } }""");
        var parent = await api.CreateStateMachineAsync("Checkout", Parent("arn:aws:states:::states:startExecution"));

        var parentEnd = await api.WaitForEndAsync(await api.StartExecutionAsync(parent, """{"orderId":"o1"}"""));

        Assert.Equal("SUCCEEDED", ((JsonString)parentEnd["status"]).Value);
        var output = (JsonObject)JsonValue.Parse(((JsonString)parentEnd["output"]).Value);
        Assert.Equal(["ExecutionArn", "StartDate"], output.Keys);
        var childArn = ((JsonString)output["ExecutionArn"]).Value;
        var running = (await api.CallAsync("DescribeExecution", ("executionArn", childArn))).Ok();
        Assert.Equal("RUNNING", ((JsonString)running["status"]).Value);
        Assert.Equal(childArn, await FirstExecutionAsync(api, child));
    }

    [Fact]
    public async Task ChildThatStartsAGrandchildWithoutWaiting_IsDescribedAsEndedWhileTheGrandchildRuns()
    {
        await using var api = await InMemoryApi.StartAsync(new ServerOptions());
        var courier = await api.CreateStateMachineAsync("Courier", """{ "StartAt": "Hold", "States": { "Hold": { "Type": "Wait", "Seconds": 3600, "End": true } } }""");
        await api.CreateStateMachineAsync("Fulfilment", """
            { "StartAt": "StartCourier", "States": { "StartCourier": { "Type": "Task", "Resource": "arn:aws:states:::states:startExecution",
                "Parameters": { "StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:Courier", "Name": "courier-o1" }, "End": true } } }
            """);
        var parent = await api.CreateStateMachineAsync("Checkout", Parent("arn:aws:states:::states:startExecution.sync:2"));

        var parentEnd = await api.WaitForEndAsync(await api.StartExecutionAsync(parent, """{"orderId":"o1"}"""));

        // The .sync:2 parent went on when its child ended; the child's status is its own.
        Assert.Equal("SUCCEEDED", ((JsonString)parentEnd["status"]).Value);
        var childArn = ((JsonString)((JsonObject)JsonValue.Parse(((JsonString)parentEnd["output"]).Value))["ExecutionArn"]).Value;
        var child = (await api.CallAsync("DescribeExecution", ("executionArn", childArn))).Ok();
        Assert.Equal("SUCCEEDED", ((JsonString)child["status"]).Value);
        var grandchild = (await api.CallAsync("DescribeExecution", ("executionArn", await FirstExecutionAsync(api, courier)))).Ok();
        Assert.Equal("RUNNING", ((JsonString)grandchild["status"]).Value);
    }
}
