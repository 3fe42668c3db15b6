using EventPro.Specs.Harness.Fakes;

namespace EventPro.Specs.Harness.Chaos.Invariants;

/// <summary>Every business rule of the workflow's fakes at once ("the domain invariants hold").</summary>
/// <param name="fakes">The workflow's fakes.</param>
public sealed class DomainRulesInvariant(WorkflowFakes fakes) : ChaosInvariant
{
    /// <summary>The phrase.</summary>
    public const string Phrase = "the domain invariants hold";

    /// <inheritdoc />
    public override string Name => Phrase;

    /// <inheritdoc />
    public override string? Check(ChaosExecution execution)
    {
        ArgumentNullException.ThrowIfNull(execution);
        foreach (var rule in fakes.Invariants)
        {
            if (new DomainRuleInvariant(rule).Check(execution) is { } problem)
            {
                return $"{rule.Name}: {problem}";
            }
        }

        return null;
    }
}
