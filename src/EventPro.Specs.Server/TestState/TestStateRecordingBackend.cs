using EventPro.Specs.Engine.Integrations;

namespace EventPro.Specs.Server.TestState;

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
