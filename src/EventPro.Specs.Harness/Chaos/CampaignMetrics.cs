using System.Globalization;
using EventPro.Specs.Engine.Execution;

namespace EventPro.Specs.Harness.Chaos;

/// <summary>
/// A campaign's figures, as the order saga's monitoring guide asks for them: the compensation rate
/// (executions that ran a compensation), the retry rate (executions with a retried state), the
/// timeout rate (executions with a States.Timeout) and the critical failures (a compensation that
/// itself failed: the guide's OrderFailedCritical, which needs manual review).
/// </summary>
/// <param name="Executions">How many executions ran.</param>
/// <param name="Succeeded">How many SUCCEEDED.</param>
/// <param name="Failed">How many FAILED.</param>
/// <param name="TimedOut">How many TIMED_OUT.</param>
/// <param name="Aborted">How many ABORTED.</param>
/// <param name="WithRetries">Executions with at least one retry.</param>
/// <param name="WithTimeouts">Executions with at least one States.Timeout.</param>
/// <param name="WithCompensation">Executions that ran a compensating state.</param>
/// <param name="CriticalFailures">Executions in which a compensation did not complete.</param>
/// <param name="WithFaults">Executions that got at least one fault.</param>
/// <param name="FaultsInjected">Faults injected in all.</param>
public sealed record CampaignMetrics(int Executions, int Succeeded, int Failed, int TimedOut, int Aborted, int WithRetries, int WithTimeouts, int WithCompensation, int CriticalFailures, int WithFaults, int FaultsInjected)
{
    /// <summary>Executions that ran a compensation, over all executions.</summary>
    public double CompensationRate => Rate(WithCompensation);

    /// <summary>Executions with a retry, over all executions.</summary>
    public double RetryRate => Rate(WithRetries);

    /// <summary>Executions with a States.Timeout, over all executions.</summary>
    public double TimeoutRate => Rate(WithTimeouts);

    /// <summary>The metrics of a set of execution profiles.</summary>
    public static CampaignMetrics Of(IReadOnlyCollection<ExecutionProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        return new CampaignMetrics(
            profiles.Count,
            profiles.Count(p => p.Status == ExecutionStatus.Succeeded),
            profiles.Count(p => p.Status == ExecutionStatus.Failed),
            profiles.Count(p => p.Status == ExecutionStatus.TimedOut),
            profiles.Count(p => p.Status == ExecutionStatus.Aborted),
            profiles.Count(p => p.Retried),
            profiles.Count(p => p.TimedOut),
            profiles.Count(p => p.Compensated),
            profiles.Count(p => p.CriticalFailure),
            profiles.Count(p => p.Faults > 0),
            profiles.Sum(p => p.Faults));
    }

    /// <summary>The metrics as lines for a test's output or the console.</summary>
    public IReadOnlyList<string> Describe() =>
    [
        $"executions:        {Executions} ({Succeeded} succeeded, {Failed} failed, {TimedOut} timed out, {Aborted} aborted)",
        $"faults injected:   {FaultsInjected} in {WithFaults} executions",
        $"compensation rate: {Percent(CompensationRate)} ({WithCompensation})",
        $"retry rate:        {Percent(RetryRate)} ({WithRetries})",
        $"timeout rate:      {Percent(TimeoutRate)} ({WithTimeouts})",
        $"critical failures: {CriticalFailures} (a compensation that itself failed)",
    ];

    /// <summary>A rate as a percentage with one decimal.</summary>
    public static string Percent(double rate) => (rate * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private double Rate(int count) => Executions == 0 ? 0 : (double)count / Executions;
}
