using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Tests.Support;

namespace EventPro.Specs.Server.Tests.Operations;

public class TaskTokenOperationsTests
{
    [Fact]
    public async Task SendTaskSuccess_RegisteredToken_CompletesTheTask()
    {
        await using var api = await InMemoryApi.StartAsync();
        var task = api.Server.Api.State.TaskTokens.Register("arn:aws:states:us-east-1:123456789012:execution:M:e", "Approve");

        (await api.CallAsync("SendTaskSuccess", ("taskToken", task.Token), ("output", """{"approved":true}"""))).Ok();

        Assert.Equal(JsonObject.Of(("approved", true)), (await task.Outcome).Output);
        (await api.CallAsync("SendTaskHeartbeat", ("taskToken", task.Token))).Fails("TaskTimedOut");
    }

    [Fact]
    public async Task SendTaskFailure_RegisteredToken_FailsTheTask()
    {
        await using var api = await InMemoryApi.StartAsync();
        var task = api.Server.Api.State.TaskTokens.Register("arn:aws:states:us-east-1:123456789012:execution:M:e", "Approve");

        (await api.CallAsync("SendTaskFailure", ("taskToken", task.Token), ("error", "Denied"), ("cause", "by a human"))).Ok();

        var outcome = await task.Outcome;
        Assert.Equal(("Denied", "by a human"), (outcome.Error, outcome.Cause));
    }

    [Fact]
    public async Task SendTaskSuccess_OutputNotJson_IsInvalidOutput()
    {
        await using var api = await InMemoryApi.StartAsync();
        var task = api.Server.Api.State.TaskTokens.Register("arn", "S");

        (await api.CallAsync("SendTaskSuccess", ("taskToken", task.Token), ("output", "{no"))).Fails("InvalidOutput");
    }

    [Theory]
    [InlineData("SendTaskSuccess")]
    [InlineData("SendTaskFailure")]
    [InlineData("SendTaskHeartbeat")]
    public async Task Send_TokenNobodyIssued_IsInvalidToken(string operation)
    {
        await using var api = await InMemoryApi.StartAsync();

        (await api.CallAsync(operation, ("taskToken", "made-up-token"), ("output", "{}"))).Fails("InvalidToken");
    }

    [Fact]
    public async Task Send_WellFormedTokenOfAnotherServer_IsTaskDoesNotExist()
    {
        await using var api = await InMemoryApi.StartAsync();
        var stranger = new Server.Executions.TaskTokenRegistry().Register("arn", "S").Token;

        (await api.CallAsync("SendTaskHeartbeat", ("taskToken", stranger))).Fails("TaskDoesNotExist");
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
