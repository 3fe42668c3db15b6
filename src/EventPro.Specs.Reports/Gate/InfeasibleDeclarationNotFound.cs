using EventPro.Specs.Reports.Coverage;

namespace EventPro.Specs.Reports.Gate;

/// <summary>A policy declares infeasible a transition or path the definition does not have: a typo, or the definition changed since.</summary>
/// <param name="DefinitionId">The definition.</param>
/// <param name="Declaration">The declaration that matches nothing.</param>
/// <param name="Candidates">Routes of paths with the same states once edge tags are dropped (what a path declaration probably meant); empty for transitions.</param>
public sealed record InfeasibleDeclarationNotFound(string DefinitionId, InfeasibleDeclaration Declaration, IReadOnlyList<string> Candidates)
    : CoverageGateFailure(DefinitionId)
{
    /// <inheritdoc />
    public override bool NeedsEveryScenario => false;

    /// <inheritdoc />
    public override string Message =>
        $"{DefinitionId}: {Declaration.Describe()} is declared infeasible but the definition has no such {(Declaration.Kind == CoverageItemKind.Path ? "path" : "transition")} (a typo, or the definition changed)"
        + (Candidates.Count == 0 ? string.Empty : "; paths with the same states:" + string.Concat(Candidates.Select(c => $"\n  - {c}")));
}
