using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Tests.Support;

namespace EventPro.Specs.Server.Tests.Operations;

public class TaskTokenOperationsTests
{
    [Fact]
    public async Task SendTaskSuccess_TokenFromTheRunningHistory_ExecutionSucceedsWithTheOutput()
    {
        await using var api = await InMemoryApi.StartAsync(CallbackExecutions.Options());
        var (execution, token) = await CallbackExecutions.StartAsync(api);

        (await api.CallAsync("SendTaskHeartbeat", ("taskToken", token))).Ok();
        (await api.CallAsync("SendTaskSuccess", ("taskToken", token), ("output", """{"approved":true}"""))).Ok();

        var described = await api.WaitForEndAsync(execution);
        Assert.Equal("SUCCEEDED", ((JsonString)described["status"]).Value);
        Assert.Equal(JsonObject.Of(("approved", true)), JsonValue.Parse(((JsonString)described["output"]).Value));
        var history = (JsonArray)(await api.CallAsync("GetExecutionHistory", ("executionArn", execution))).Ok()["events"];
        var submitted = (JsonObject)history.Single(e => ((JsonString)((JsonObject)e)["type"]).Value == "TaskSubmitted");
        Assert.Contains("m-1", ((JsonString)((JsonObject)submitted["taskSubmittedEventDetails"])["output"]).Value, StringComparison.Ordinal);
        (await api.CallAsync("SendTaskHeartbeat", ("taskToken", token))).Fails("TaskTimedOut");
        (await api.CallAsync("SendTaskSuccess", ("taskToken", token), ("output", "{}"))).Fails("TaskTimedOut");
    }

    [Fact]
    public async Task SendTaskFailure_FailsTheExecutionWithTheErrorAndCause()
    {
        await using var api = await InMemoryApi.StartAsync(CallbackExecutions.Options());
        var (execution, token) = await CallbackExecutions.StartAsync(api);

        (await api.CallAsync("SendTaskFailure", ("taskToken", token), ("error", "Denied"), ("cause", "by a human"))).Ok();

        var described = await api.WaitForEndAsync(execution);
        Assert.Equal("FAILED", ((JsonString)described["status"]).Value);
        Assert.Equal("Denied", ((JsonString)described["error"]).Value);
        Assert.Equal("by a human", ((JsonString)described["cause"]).Value);
    }

    [Fact]
    public async Task SendTaskSuccess_OutputNotJson_IsInvalidOutput_AndTheTaskStillWaits()
    {
        await using var api = await InMemoryApi.StartAsync(CallbackExecutions.Options());
        var (execution, token) = await CallbackExecutions.StartAsync(api);

        (await api.CallAsync("SendTaskSuccess", ("taskToken", token), ("output", "{no"))).Fails("InvalidOutput");

        (await api.CallAsync("SendTaskSuccess", ("taskToken", token), ("output", "{}"))).Ok();
        Assert.Equal("SUCCEEDED", ((JsonString)(await api.WaitForEndAsync(execution))["status"]).Value);
    }

    [Fact]
    public async Task StopExecution_WhileWaiting_LaterAnswersAreTaskTimedOut()
    {
        await using var api = await InMemoryApi.StartAsync(CallbackExecutions.Options());
        var (execution, token) = await CallbackExecutions.StartAsync(api);

        (await api.CallAsync("StopExecution", ("executionArn", execution))).Ok();

        Assert.Equal("ABORTED", ((JsonString)(await api.WaitForEndAsync(execution))["status"]).Value);
        (await api.CallAsync("SendTaskSuccess", ("taskToken", token), ("output", "{}"))).Fails("TaskTimedOut");
    }

    [Theory]
    [InlineData("SendTaskSuccess")]
    [InlineData("SendTaskFailure")]
    [InlineData("SendTaskHeartbeat")]
    public async Task Send_TokenNobodyIssued_IsInvalidToken(string operation)
    {
        await using var api = await InMemoryApi.StartAsync();

        var response = await api.CallAsync(operation, ("taskToken", "made-up-token"), ("output", "{}"));

        response.Fails("InvalidToken");
        Assert.Equal(400, response.Status);
    }

    [Fact]
    public async Task Send_WellFormedTokenNobodyWasGiven_IsTaskDoesNotExist()
    {
        await using var api = await InMemoryApi.StartAsync();
        var stranger = Convert.ToBase64String(new byte[96]);

        var response = await api.CallAsync("SendTaskHeartbeat", ("taskToken", stranger));

        response.Fails("TaskDoesNotExist");
        Assert.Equal(400, response.Status);
    }

    [Fact]
    public async Task SendTaskSuccess_MissingMembers_IsValidationException()
    {
        await using var api = await InMemoryApi.StartAsync();

        var response = await api.CallAsync("SendTaskSuccess");

        response.Fails("ValidationException");
        Assert.StartsWith("2 validation errors detected", response.Message, StringComparison.Ordinal);
    }
}
