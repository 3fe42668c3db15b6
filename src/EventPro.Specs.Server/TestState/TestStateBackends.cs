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

/// <summary>
/// Asks the given backends in order, as the engine would, and remembers the answer, so a second
/// run of the same state (to apply its Catch) gets the same answer without calling the backend again.
/// </summary>
/// <param name="backends">The backends to ask.</param>
public sealed class TestStateRecordingBackend(IReadOnlyList<ITaskBackend> backends) : ITaskBackend
{
    /// <summary>The answer given, once the state was invoked.</summary>
    public TaskOutcome? Recorded { get; private set; }

    /// <inheritdoc />
    public async ValueTask<TaskOutcome?> InvokeAsync(TaskInvocation invocation)
    {
        foreach (var backend in backends)
        {
            if (await backend.InvokeAsync(invocation).ConfigureAwait(false) is { } outcome)
            {
                Recorded = outcome;
                return outcome;
            }
        }

        return null;
    }
}

/// <summary>Gives the recorded answer again.</summary>
/// <param name="outcome">The answer of the first run.</param>
public sealed class TestStateReplayBackend(TaskOutcome outcome) : ITaskBackend
{
    /// <inheritdoc />
    public ValueTask<TaskOutcome?> InvokeAsync(TaskInvocation invocation) => ValueTask.FromResult<TaskOutcome?>(outcome);
}
