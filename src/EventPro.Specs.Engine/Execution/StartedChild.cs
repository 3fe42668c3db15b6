using EventPro.Specs.Engine.Integrations.Nested;

namespace EventPro.Specs.Engine.Execution;

/// <summary>A child execution an execution started: how it was started and its completion (on the shared loop).</summary>
/// <param name="StateName">The Task state that started it.</param>
/// <param name="Pattern">The integration pattern: null, <c>sync</c> or <c>sync:2</c>.</param>
/// <param name="StartedByExecutionId">The AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID passed, if any.</param>
/// <param name="Machine">The state machine the child runs.</param>
/// <param name="Completion">Completes with the child's result.</param>
internal sealed record StartedChild(string StateName, string? Pattern, string? StartedByExecutionId, StateMachine Machine, Task<ExecutionResult> Completion)
{
    /// <summary>The finished child, for the parent's result.</summary>
    public ChildExecution ToChildExecution() => new(StateName, Pattern, StartedByExecutionId, Machine, Completion.Result);
}
