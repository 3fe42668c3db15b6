using System.Globalization;
using EventPro.Specs.Engine.Execution;

namespace EventPro.Specs.Harness.Chaos.Invariants;

/// <summary>
/// Every execution ends: SUCCEEDED or FAILED, never TIMED_OUT (over the state machine's
/// TimeoutSeconds), ABORTED or still running, and within <see cref="Limit"/> of virtual time when one is set.
/// </summary>
/// <param name="limit">An extra bound on the execution's duration in virtual time, or null.</param>
public sealed class ExecutionEndsInvariant(TimeSpan? limit = null) : ChaosInvariant
{
    /// <summary>The phrase.</summary>
    public const string Phrase = "the execution ends within its time limit";

    /// <summary>The extra bound on the duration, if any.</summary>
    public TimeSpan? Limit => limit;

    /// <inheritdoc />
    public override string Name => Phrase;

    /// <inheritdoc />
    public override string? Check(ChaosExecution execution)
    {
        ArgumentNullException.ThrowIfNull(execution);
        var result = execution.Result;
        var took = result.StopDate - result.StartDate;
        if (result.Status is not (ExecutionStatus.Succeeded or ExecutionStatus.Failed))
        {
            return $"the execution ended {result.StatusName} ({result.Error}: {result.Cause}) after {Seconds(took)} of virtual time";
        }

        return limit is { } max && took > max ? $"the execution took {Seconds(took)}, more than {Seconds(max)}" : null;
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";
}
