using EventPro.Specs.Harness.Fakes;

namespace EventPro.Specs.Harness.Chaos.Invariants;

/// <summary>A business rule over the execution's fakes, e.g. "no seat was sold twice".</summary>
/// <param name="rule">The rule.</param>
public sealed class DomainRuleInvariant(DomainInvariant rule) : ChaosInvariant
{
    /// <summary>The rule.</summary>
    public DomainInvariant Rule => rule;

    /// <inheritdoc />
    public override string Name => rule.Name;

    /// <summary>The step prefix that checks one of the fakes' rules in a scenario.</summary>
    public const string StepPrefix = "the fakes show that ";

    /// <inheritdoc />
    public override string ScenarioStep => StepPrefix + rule.Name;

    /// <inheritdoc />
    public override string? Check(ChaosExecution execution)
    {
        ArgumentNullException.ThrowIfNull(execution);
        return execution.World is null
            ? $"'{rule.Name}' needs the workflow's fakes, and this execution ran without them"
            : rule.Check(execution.World, execution.Result);
    }
}
