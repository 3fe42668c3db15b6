using EventPro.Specs.Engine.Paths;

namespace EventPro.Specs.Engine.States.Choice;

/// <summary>A top-level Choice rule: a condition and the state to go to when it holds.</summary>
/// <param name="Rule">The condition.</param>
/// <param name="Next">The state to go to.</param>
/// <param name="Assign">Variables to assign when this rule is taken, or null.</param>
/// <param name="Pointer">JSON pointer of the rule.</param>
public sealed record ChoiceBranch(ChoiceRule Rule, string Next, PayloadTemplate? Assign, string Pointer);
