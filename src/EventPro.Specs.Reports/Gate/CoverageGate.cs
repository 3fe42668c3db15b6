using EventPro.Specs.Reports.Coverage;

namespace EventPro.Specs.Reports.Gate;

/// <summary>Checks a coverage model against a policy, so CI can fail a build that leaves too much untested.</summary>
public static class CoverageGate
{
    /// <summary>The definitions below their thresholds, each failure naming the uncovered edges or paths; empty when all pass.</summary>
    public static IReadOnlyList<CoverageGateFailure> Evaluate(CoverageModel model, CoveragePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(policy);
        var failures = new List<CoverageGateFailure>();
        foreach (var definition in model.Definitions)
        {
            var threshold = policy.For(definition.Id);
            if (threshold.MinTransitionPercent is { } transitions && definition.Transitions.Percent < transitions)
            {
                var uncovered = definition.Graph.Edges.Where(e => !definition.IsCovered(e)).Select(e => e.Describe()).ToList();
                failures.Add(new CoverageGateFailure(definition.Id, "transitions", definition.Transitions.Percent, transitions, uncovered));
            }

            if (threshold.MinPathPercent is { } paths && definition.PathCount.Percent < paths)
            {
                var uncovered = definition.Paths.Where(p => !definition.IsCovered(p)).Select(p => p.Describe()).ToList();
                failures.Add(new CoverageGateFailure(definition.Id, "paths", definition.PathCount.Percent, paths, uncovered));
            }
        }

        return failures;
    }
}
