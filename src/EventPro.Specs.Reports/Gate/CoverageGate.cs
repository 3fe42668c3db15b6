using EventPro.Specs.Reports.Coverage;

namespace EventPro.Specs.Reports.Gate;

/// <summary>Checks a coverage model against a policy, so CI can fail a build that leaves too much untested.</summary>
public static class CoverageGate
{
    /// <summary>
    /// The failures of every definition; empty when all pass. A definition fails when a declared
    /// infeasible transition or path does not exist or was taken by a scenario, and when its coverage
    /// (declared-infeasible items left out) is below the threshold, the failure naming the uncovered
    /// edges or paths.
    /// </summary>
    /// <param name="model">The coverage; the policy's infeasible declarations are applied to it here.</param>
    /// <param name="policy">The thresholds and declarations.</param>
    public static IReadOnlyList<CoverageGateFailure> Evaluate(CoverageModel model, CoveragePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(policy);
        var failures = new List<CoverageGateFailure>();
        foreach (var definition in policy.ApplyTo(model).Definitions)
        {
            foreach (var declaration in definition.UnmatchedDeclarations)
            {
                var candidates = declaration.Kind == CoverageItemKind.Path ? definition.RoutesLike(declaration.Target) : [];
                failures.Add(new InfeasibleDeclarationNotFound(definition.Id, declaration, candidates));
            }

            foreach (var (edge, declaration) in definition.CoveredInfeasibleEdges)
            {
                failures.Add(new InfeasibleButCovered(definition.Id, declaration, definition.ScenariosForEdge(edge.Id)));
            }

            foreach (var (path, declaration) in definition.CoveredInfeasiblePaths)
            {
                failures.Add(new InfeasibleButCovered(definition.Id, declaration, definition.ScenariosForPath(path.Id)));
            }

            var threshold = policy.For(definition.Id);
            if (threshold.MinTransitionPercent is { } transitions && definition.Transitions.Percent < transitions)
            {
                var uncovered = definition.Graph.Edges.Where(definition.IsUncovered).Select(e => e.Describe()).ToList();
                failures.Add(new CoverageBelowThreshold(definition.Id, "transitions", definition.Transitions.Percent, transitions, uncovered));
            }

            if (threshold.MinPathPercent is { } paths && definition.PathCount.Percent < paths)
            {
                var uncovered = definition.Paths.Where(definition.IsUncovered).Select(p => p.Describe()).ToList();
                failures.Add(new CoverageBelowThreshold(definition.Id, "paths", definition.PathCount.Percent, paths, uncovered));
            }
        }

        return failures;
    }
}
