using EventPro.Specs.Engine.Execution;

namespace EventPro.Specs.Engine.Integrations.Nested;

/// <summary>
/// An execution a <c>states:startExecution</c> task started, with its full result and history, so a
/// test can assert on the child as well as on its parent.
/// </summary>
/// <param name="StateName">The parent's Task state that started it.</param>
/// <param name="Pattern">The integration pattern: null (request-response), <c>sync</c>, <c>sync:2</c> or <c>waitForTaskToken</c>.</param>
/// <param name="StartedByExecutionId">The <c>AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID</c> the task passed in the child's input, if any.</param>
/// <param name="Machine">The state machine the child ran (as the catalog found it), e.g. so its coverage counts toward its own definition.</param>
/// <param name="Result">The child's result and history.</param>
public sealed record ChildExecution(string StateName, string? Pattern, string? StartedByExecutionId, StateMachine Machine, ExecutionResult Result);
