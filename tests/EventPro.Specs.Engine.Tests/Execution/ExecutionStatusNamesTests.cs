using EventPro.Specs.Engine.Execution;

namespace EventPro.Specs.Engine.Tests.Execution;

public class ExecutionStatusNamesTests
{
    [Theory]
    [InlineData(ExecutionStatus.Running, "RUNNING")]
    [InlineData(ExecutionStatus.Succeeded, "SUCCEEDED")]
    [InlineData(ExecutionStatus.Failed, "FAILED")]
    [InlineData(ExecutionStatus.TimedOut, "TIMED_OUT")]
    [InlineData(ExecutionStatus.Aborted, "ABORTED")]
    public void OfAndTryParse_UseTheApiSpelling(ExecutionStatus status, string name)
    {
        Assert.Equal(name, ExecutionStatusNames.Of(status));
        Assert.True(ExecutionStatusNames.TryParse(name, out var parsed));
        Assert.Equal(status, parsed);
    }

    [Theory]
    [InlineData("succeeded")]
    [InlineData("PENDING_REDRIVE")]
    [InlineData(null)]
    public void TryParse_AnythingElse_IsFalse(string? name) => Assert.False(ExecutionStatusNames.TryParse(name, out _));
}
