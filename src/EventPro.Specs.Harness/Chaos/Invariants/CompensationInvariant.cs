using EventPro.Specs.Harness.Analysis;

namespace EventPro.Specs.Harness.Chaos.Invariants;

/// <summary>
/// The saga rule: when the execution fails, every completed <paramref name="action"/> is followed by a
/// run of one of its <paramref name="compensations"/> (a saga may undo one action differently on
/// different paths: ReleaseReservedInventory, or ReleaseInventory inside the parallel refund).
/// </summary>
/// <param name="action">The action, e.g. ReserveSeat.</param>
/// <param name="compensations">What undoes it, e.g. ReleaseSeat.</param>
public sealed class CompensationInvariant(string action, params IReadOnlyList<string> compensations) : ChaosInvariant
{
    /// <summary>The action.</summary>
    public string Action => action;

    /// <summary>The compensations, any of which undoes the action.</summary>
    public IReadOnlyList<string> Compensations => compensations;

    /// <inheritdoc />
    public override string Name => $"every completed \"{action}\" was compensated by {string.Join(" or ", compensations.Select(c => $"\"{c}\""))}";

    /// <inheritdoc />
    public override string? Check(ChaosExecution execution)
    {
        ArgumentNullException.ThrowIfNull(execution);
        return CompensationCheck.Check(execution.Result, action, compensations);
    }
}
