using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Paths;

namespace EventPro.Specs.Engine.States.Choice;

/// <summary>A Choice condition: a data-test expression or a boolean combination of rules.</summary>
public abstract class ChoiceRule
{
    /// <summary>Whether the rule holds for <paramref name="input"/>.</summary>
    public abstract bool Evaluate(JsonValue input, IEvaluationContext context);
}

/// <summary>And: every rule holds.</summary>
/// <param name="Rules">The rules.</param>
public sealed class AndRule(IReadOnlyList<ChoiceRule> Rules) : ChoiceRule
{
    /// <summary>The rules.</summary>
    public IReadOnlyList<ChoiceRule> Rules { get; } = Rules;

    /// <inheritdoc />
    public override bool Evaluate(JsonValue input, IEvaluationContext context)
    {
        for (var i = 0; i < Rules.Count; i++)
        {
            if (!Rules[i].Evaluate(input, context))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>Or: at least one rule holds.</summary>
/// <param name="Rules">The rules.</param>
public sealed class OrRule(IReadOnlyList<ChoiceRule> Rules) : ChoiceRule
{
    /// <summary>The rules.</summary>
    public IReadOnlyList<ChoiceRule> Rules { get; } = Rules;

    /// <inheritdoc />
    public override bool Evaluate(JsonValue input, IEvaluationContext context)
    {
        for (var i = 0; i < Rules.Count; i++)
        {
            if (Rules[i].Evaluate(input, context))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Not: the rule does not hold.</summary>
/// <param name="Rule">The negated rule.</param>
public sealed class NotRule(ChoiceRule Rule) : ChoiceRule
{
    /// <summary>The negated rule.</summary>
    public ChoiceRule Rule { get; } = Rule;

    /// <inheritdoc />
    public override bool Evaluate(JsonValue input, IEvaluationContext context) => !Rule.Evaluate(input, context);
}
