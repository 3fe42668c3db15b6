namespace EventPro.Specs.Reports.Chaos;

/// <summary>
/// One chaos campaign as the report shows it: what ran (definition, scenario, seed, executions), its
/// metrics (compensation, retry and timeout rates, critical failures) and each invariant checked with
/// how many executions broke it. Invariant results are added as the scenario's Then steps check them.
/// </summary>
/// <param name="DefinitionId">The definition's id.</param>
/// <param name="Scenario">The scenario (or command) that ran the campaign.</param>
/// <param name="Seed">The campaign's seed.</param>
/// <param name="Executions">How many executions ran.</param>
/// <param name="Succeeded">How many SUCCEEDED.</param>
/// <param name="Failed">How many FAILED.</param>
/// <param name="TimedOut">How many TIMED_OUT.</param>
/// <param name="FaultsInjected">How many faults were injected.</param>
/// <param name="CompensationRate">Executions that ran a compensation, 0 to 1.</param>
/// <param name="RetryRate">Executions with a retry, 0 to 1.</param>
/// <param name="TimeoutRate">Executions with a States.Timeout, 0 to 1.</param>
/// <param name="CriticalFailures">Executions in which a compensation itself failed.</param>
/// <param name="Elapsed">The wall-clock time it took.</param>
public sealed record ChaosCampaignSummary(
    string DefinitionId,
    string Scenario,
    int Seed,
    int Executions,
    int Succeeded,
    int Failed,
    int TimedOut,
    int FaultsInjected,
    double CompensationRate,
    double RetryRate,
    double TimeoutRate,
    int CriticalFailures,
    TimeSpan Elapsed)
{
    private readonly List<ChaosInvariantResult> _invariants = [];

    /// <summary>The invariants checked so far, in order.</summary>
    public IReadOnlyList<ChaosInvariantResult> Invariants
    {
        get
        {
            lock (_invariants)
            {
                return [.. _invariants];
            }
        }
    }

    /// <summary>Adds the result of one invariant over the campaign.</summary>
    public void AddInvariant(ChaosInvariantResult result)
    {
        lock (_invariants)
        {
            _invariants.Add(result);
        }
    }
}

/// <summary>One invariant checked over a campaign.</summary>
/// <param name="Name">The invariant's phrase.</param>
/// <param name="Broken">How many executions broke it (0: it held).</param>
/// <param name="Example">What broke it in the first execution that did, or null.</param>
public sealed record ChaosInvariantResult(string Name, int Broken, string? Example);
