using EventPro.Specs.Engine.Execution;

namespace EventPro.Specs.Reports.Coverage;

/// <summary>One recorded execution: who ran it, what it did, and what of the model it covered.</summary>
/// <param name="Scenario">The scenario name (for a child execution, the scenario whose execution started it).</param>
/// <param name="Tags">The scenario's tags.</param>
/// <param name="DefinitionId">The definition it ran.</param>
/// <param name="Result">The execution's result and history.</param>
/// <param name="Runs">The level runs: the top level first, then each branch and iteration in the order they started.</param>
/// <param name="PathIds">The listed paths its complete runs followed (see <see cref="CoveragePaths.CoveragePath.Id"/>).</param>
/// <param name="Sequence">The order in which the recorder received it.</param>
public sealed record ExecutionRecord(string Scenario, IReadOnlyList<string> Tags, string DefinitionId, ExecutionResult Result, IReadOnlyList<LevelRun> Runs, IReadOnlyList<string> PathIds, long Sequence)
{
    /// <summary>
    /// The records of the child executions this one started with <c>states:startExecution</c> tasks, in
    /// the order they started; each counts toward its own definition (see <see cref="CoverageRecorder.Record"/>).
    /// </summary>
    public IReadOnlyList<ExecutionRecord> Children { get; init; } = [];

    /// <summary>The parent's Task state that started this execution; null for an execution a scenario ran itself.</summary>
    public ParentTask? StartedBy { get; init; }

    /// <summary>Every edge the execution took (each once).</summary>
    public IEnumerable<string> EdgeIds => Runs.SelectMany(r => r.EdgeIds).Distinct(StringComparer.Ordinal);

    /// <summary>Every state the execution entered (each once).</summary>
    public IEnumerable<string> StateIds => Runs.SelectMany(r => r.StateIds).Distinct(StringComparer.Ordinal);
}
