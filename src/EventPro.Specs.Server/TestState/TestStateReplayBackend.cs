using EventPro.Specs.Engine.Integrations;

namespace EventPro.Specs.Server.TestState;

/// <summary>Gives the recorded answer again.</summary>
/// <param name="outcome">The answer of the first run.</param>
public sealed class TestStateReplayBackend(TaskOutcome outcome) : ITaskBackend
{
    /// <inheritdoc />
    public ValueTask<TaskOutcome?> InvokeAsync(TaskInvocation invocation) => ValueTask.FromResult<TaskOutcome?>(outcome);
}
