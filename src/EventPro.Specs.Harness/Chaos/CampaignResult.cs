using EventPro.Specs.Harness.Chaos.Invariants;

namespace EventPro.Specs.Harness.Chaos;

/// <summary>What a campaign found: its metrics, the executions (when kept), every invariant violation and how long it took.</summary>
/// <param name="Campaign">The campaign.</param>
/// <param name="Metrics">The figures.</param>
/// <param name="Executions">Every execution, in index order, when the campaign keeps them; otherwise empty.</param>
/// <param name="Violations">Every broken invariant, in execution order.</param>
/// <param name="CompensationStates">The states counted as compensations.</param>
/// <param name="Elapsed">The wall-clock time it took.</param>
public sealed record CampaignResult(
    ChaosCampaign Campaign,
    CampaignMetrics Metrics,
    IReadOnlyList<ChaosExecution> Executions,
    IReadOnlyList<InvariantViolation> Violations,
    IReadOnlySet<string> CompensationStates,
    TimeSpan Elapsed)
{
    /// <summary>The first violation of each invariant that broke, in execution order.</summary>
    public IReadOnlyList<InvariantViolation> FirstViolations =>
        Violations.GroupBy(v => v.Invariant.Name, StringComparer.Ordinal).Select(g => g.First()).OrderBy(v => v.Execution.Index).ToList();
}
