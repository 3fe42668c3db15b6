using EventPro.Specs.Engine.Execution;

namespace EventPro.Specs.Reports.Coverage;

/// <summary>One recorded execution: who ran it, what it did, and what of the model it covered.</summary>
/// <param name="Scenario">The scenario name.</param>
/// <param name="Tags">The scenario's tags.</param>
/// <param name="DefinitionId">The definition it ran.</param>
/// <param name="Result">The execution's result and history.</param>
/// <param name="Runs">The level runs: the top level first, then each branch and iteration in the order they started.</param>
/// <param name="PathIds">The listed paths its complete runs followed (see <see cref="CoveragePaths.CoveragePath.Id"/>).</param>
/// <param name="Sequence">The order in which the recorder received it.</param>
public sealed record ExecutionRecord(string Scenario, IReadOnlyList<string> Tags, string DefinitionId, ExecutionResult Result, IReadOnlyList<LevelRun> Runs, IReadOnlyList<string> PathIds, long Sequence)
{
    /// <summary>Every edge the execution took (each once).</summary>
    public IEnumerable<string> EdgeIds => Runs.SelectMany(r => r.EdgeIds).Distinct(StringComparer.Ordinal);

    /// <summary>Every state the execution entered (each once).</summary>
    public IEnumerable<string> StateIds => Runs.SelectMany(r => r.StateIds).Distinct(StringComparer.Ordinal);
}
