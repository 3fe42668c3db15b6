using EventPro.Specs.Reports.Coverage;

namespace EventPro.Specs.Reports.Gate;

/// <summary>A transition or path declared infeasible that a scenario took: the declaration's reason is wrong.</summary>
/// <param name="DefinitionId">The definition.</param>
/// <param name="Declaration">The declaration the scenarios contradict.</param>
/// <param name="Scenarios">The scenarios that took it.</param>
public sealed record InfeasibleButCovered(string DefinitionId, InfeasibleDeclaration Declaration, IReadOnlyList<string> Scenarios)
    : CoverageGateFailure(DefinitionId)
{
    /// <inheritdoc />
    public override bool NeedsEveryScenario => false;

    /// <inheritdoc />
    public override string Message =>
        $"{DefinitionId}: {Declaration.Describe()} is declared infeasible but covered by scenario {string.Join(", ", Scenarios.Select(s => $"\"{s}\""))} (declared reason: {Declaration.Reason})";
}
