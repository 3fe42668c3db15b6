using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Executions;
using EventPro.Specs.Server.Protocol;

namespace EventPro.Specs.Server.Tests.Executions;

public class TaskTokenRegistryTests
{
    [Fact]
    public async Task Succeed_RegisteredTask_CompletesItsOutcome()
    {
        var registry = new TaskTokenRegistry();
        var task = registry.Register("arn:execution", "Approve");

        registry.Succeed(task.Token, JsonObject.Of(("approved", true)));

        var outcome = await task.Outcome;
        Assert.Equal(JsonObject.Of(("approved", true)), outcome.Output);
    }

    [Fact]
    public async Task Fail_WithoutError_FailsWithAnEmptyError()
    {
        var registry = new TaskTokenRegistry();
        var task = registry.Register("arn:execution", "Approve");

        registry.Fail(task.Token, null, "no");

        var outcome = await task.Outcome;
        Assert.Equal((string.Empty, "no"), (outcome.Error, outcome.Cause));
    }

    [Fact]
    public void Succeed_SecondAnswer_IsTaskTimedOut()
    {
        var registry = new TaskTokenRegistry();
        var task = registry.Register("arn:execution", "Approve");
        registry.Succeed(task.Token, JsonObject.Empty);

        Assert.Equal("TaskTimedOut", Assert.Throws<ApiException>(() => registry.Succeed(task.Token, JsonObject.Empty)).Code);
        Assert.Equal("TaskTimedOut", Assert.Throws<ApiException>(() => registry.Heartbeat(task.Token, DateTimeOffset.UnixEpoch)).Code);
    }

    [Fact]
    public void Abandon_ThenAnswer_IsTaskTimedOut()
    {
        var registry = new TaskTokenRegistry();
        var task = registry.Register("arn:execution", "Approve");

        registry.Abandon(task.Token);

        Assert.Equal("TaskTimedOut", Assert.Throws<ApiException>(() => registry.Fail(task.Token, "E", null)).Code);
    }

    [Fact]
    public void Heartbeat_RegisteredTask_RecordsTheTime()
    {
        var registry = new TaskTokenRegistry();
        var task = registry.Register("arn:execution", "Approve");
        var now = new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

        registry.Heartbeat(task.Token, now);

        Assert.Equal(now, task.LastHeartbeat);
    }

    [Fact]
    public void Succeed_WellFormedUnknownToken_IsTaskDoesNotExist()
    {
        var registry = new TaskTokenRegistry();
        var stranger = new TaskTokenRegistry().Register("arn:execution", "Approve").Token;

        Assert.Equal("TaskDoesNotExist", Assert.Throws<ApiException>(() => registry.Succeed(stranger, JsonObject.Empty)).Code);
    }

    [Theory]
    [InlineData("not a token")]
    [InlineData("AAAA")]
    public void Succeed_MalformedToken_IsInvalidToken(string token) =>
        Assert.Equal("InvalidToken", Assert.Throws<ApiException>(() => new TaskTokenRegistry().Succeed(token, JsonObject.Empty)).Code);

    [Fact]
    public void Register_ManyTasks_GivesDistinctTokens()
    {
        var registry = new TaskTokenRegistry();

        var tokens = Enumerable.Range(0, 100).Select(_ => registry.Register("arn", "S").Token).ToHashSet();

        Assert.Equal(100, tokens.Count);
    }

    [Fact]
    public async Task Register_TokenGivenByTheCaller_IsAnsweredByThatToken()
    {
        var registry = new TaskTokenRegistry();
        var task = registry.Register("arn:execution", "Approve", "engine-token-1");

        registry.Succeed("engine-token-1", "done");

        Assert.Equal("\"done\"", (await task.Outcome).Output!.ToJson());
        Assert.Throws<ArgumentException>(() => registry.Register("arn:execution", "Approve", "engine-token-1"));
    }
}
