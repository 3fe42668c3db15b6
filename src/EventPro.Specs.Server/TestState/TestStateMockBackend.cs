using EventPro.Specs.Engine.Integrations;

namespace EventPro.Specs.Server.TestState;

/// <summary>Answers the state under test with the mock of the TestState request.</summary>
/// <param name="stateName">The state under test.</param>
/// <param name="outcome">The mocked result or error.</param>
public sealed class TestStateMockBackend(string stateName, TaskOutcome outcome) : ITaskBackend
{
    /// <inheritdoc />
    public ValueTask<TaskOutcome?> InvokeAsync(TaskInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        return ValueTask.FromResult<TaskOutcome?>(invocation.StateName == stateName ? outcome : null);
    }
}
