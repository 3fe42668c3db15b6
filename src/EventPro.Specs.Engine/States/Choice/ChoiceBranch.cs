using EventPro.Specs.Engine.Paths;
using EventPro.Specs.Engine.Queries;

namespace EventPro.Specs.Engine.States.Choice;

/// <summary>A top-level Choice rule: a condition and the state to go to when it holds.</summary>
/// <param name="Rule">The condition of a JSONPath state (Variable and an operator, And, Or, Not); null in a JSONata state.</param>
/// <param name="Next">The state to go to.</param>
/// <param name="Assign">Variables to assign when this rule is taken (JSONPath states), or null.</param>
/// <param name="Pointer">JSON pointer of the rule.</param>
public sealed record ChoiceBranch(ChoiceRule? Rule, string Next, PayloadTemplate? Assign, string Pointer)
{
    /// <summary>The Condition of a JSONata state: an expression that must give true or false ("Choice workflow state").</summary>
    public JsonataField? Condition { get; init; }

    /// <summary>The value of a literal boolean Condition (a JSONata state), when the Condition is not an expression.</summary>
    public bool? ConstantCondition { get; init; }

    /// <summary>The rule's Output in a JSONata state, or null (the state's Output then applies).</summary>
    public JsonataTemplate? Output { get; init; }

    /// <summary>The rule's Assign in a JSONata state, or null (the state's Assign then applies).</summary>
    public JsonataTemplate? JsonataAssign { get; init; }
}
