namespace EventPro.Specs.Harness.Chaos.Invariants;

/// <summary>
/// Something that must hold in every execution of a campaign. <see cref="Name"/> is also the Gherkin
/// phrase that checks it for one execution (<c>Then every completed "ReserveSeat" was compensated by
/// "ReleaseSeat"</c>) and, prefixed with "in every execution,", for a campaign; a shrunk reproducer
/// ends with it.
/// </summary>
public abstract class ChaosInvariant
{
    /// <summary>The invariant as its Gherkin phrase.</summary>
    public abstract string Name { get; }

    /// <summary>The Then step (without its keyword) that checks it for one scenario's execution; by default <see cref="Name"/>.</summary>
    public virtual string ScenarioStep => Name;

    /// <summary>Null when it holds in <paramref name="execution"/>, else what broke it.</summary>
    public abstract string? Check(ChaosExecution execution);

    /// <inheritdoc />
    public override string ToString() => Name;
}
