namespace EventPro.Specs.Engine.Integrations;

/// <summary>
/// Answers Task states. Backends are asked in order and the first that answers wins; a backend
/// returns null to let the next one answer (as a Step Functions Local test case does for a state it
/// does not mock).
/// </summary>
public interface ITaskBackend
{
    /// <summary>Runs the task, or returns null when this backend does not handle it.</summary>
    ValueTask<TaskOutcome?> InvokeAsync(TaskInvocation invocation);
}
