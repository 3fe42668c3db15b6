using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Executions;
using EventPro.Specs.Server.Protocol;

namespace EventPro.Specs.Server.Tests.Executions;

/// <summary>The engine's token errors become AWS's API errors (the answering paths run real executions in TaskTokenOperationsTests).</summary>
public class TaskTokenRegistryTests
{
    [Fact]
    public void Succeed_NotAToken_IsInvalidToken() =>
        Assert.Equal("InvalidToken", Assert.Throws<ApiException>(() => new TaskTokenRegistry().Succeed("made-up", "{}")).Code);

    [Fact]
    public void Fail_UnknownWellFormedToken_IsTaskDoesNotExist() =>
        Assert.Equal("TaskDoesNotExist", Assert.Throws<ApiException>(() => new TaskTokenRegistry().Fail(Convert.ToBase64String(new byte[96]), "E", null)).Code);

    [Fact]
    public void Heartbeat_NotAToken_IsInvalidToken() =>
        Assert.Equal("InvalidToken", Assert.Throws<ApiException>(() => new TaskTokenRegistry().Heartbeat("made-up")).Code);
}
