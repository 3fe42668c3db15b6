namespace EventPro.Specs.Harness.Chaos.Invariants;

/// <summary>An invariant that broke in one execution, and how.</summary>
/// <param name="Invariant">The invariant.</param>
/// <param name="Execution">The execution.</param>
/// <param name="Message">What broke it.</param>
public sealed record InvariantViolation(ChaosInvariant Invariant, ChaosExecution Execution, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"'{Invariant.Name}' broke in {Execution}: {Message}";
}
