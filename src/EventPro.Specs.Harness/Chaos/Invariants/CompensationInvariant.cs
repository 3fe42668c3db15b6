using EventPro.Specs.Harness.Analysis;

namespace EventPro.Specs.Harness.Chaos.Invariants;

/// <summary>The saga rule: when the execution fails, every completed <paramref name="action"/> is followed by a run of <paramref name="compensation"/>.</summary>
/// <param name="action">The action, e.g. ReserveSeat.</param>
/// <param name="compensation">What undoes it, e.g. ReleaseSeat.</param>
public sealed class CompensationInvariant(string action, string compensation) : ChaosInvariant
{
    /// <summary>The action.</summary>
    public string Action => action;

    /// <summary>The compensation.</summary>
    public string Compensation => compensation;

    /// <inheritdoc />
    public override string Name => $"every completed \"{action}\" was compensated by \"{compensation}\"";

    /// <inheritdoc />
    public override string? Check(ChaosExecution execution)
    {
        ArgumentNullException.ThrowIfNull(execution);
        return CompensationCheck.Check(execution.Result, action, compensation);
    }
}
