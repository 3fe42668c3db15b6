namespace EventPro.Specs.Engine.Execution;

/// <summary>Where a child execution came from: the parent's Task state, its pattern and the parent id it passed.</summary>
/// <param name="StateName">The Task state that started it.</param>
/// <param name="Pattern">The integration pattern: null, <c>sync</c> or <c>sync:2</c>.</param>
/// <param name="StartedByExecutionId">The AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID passed, if any.</param>
internal sealed record StartedChildOrigin(string StateName, string? Pattern, string? StartedByExecutionId);
