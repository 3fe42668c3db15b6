namespace EventPro.Specs.Reports.Coverage;

/// <summary>The Task state of a parent execution that started a recorded child execution.</summary>
/// <param name="DefinitionId">The parent's definition.</param>
/// <param name="StateName">The parent's <c>states:startExecution</c> Task state.</param>
/// <param name="Pattern">The integration pattern: null (request-response), <c>sync</c>, <c>sync:2</c> or <c>waitForTaskToken</c>.</param>
public sealed record ParentTask(string DefinitionId, string StateName, string? Pattern)
{
    /// <summary>The task's resource suffix as the definition writes it: <c>startExecution</c>, <c>startExecution.sync</c>, ...</summary>
    public string Resource => Pattern is null ? "startExecution" : $"startExecution.{Pattern}";
}
