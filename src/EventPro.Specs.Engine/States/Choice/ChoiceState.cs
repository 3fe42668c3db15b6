namespace EventPro.Specs.Engine.States.Choice;

/// <summary>A Choice state: takes the Next of the first rule that matches, else Default, else fails with States.NoChoiceMatched.</summary>
public sealed partial class ChoiceState : State
{
    internal ChoiceState(StateCommon common, IReadOnlyList<ChoiceBranch> choices, string? defaultState)
        : base(common)
    {
        Choices = choices;
        Default = defaultState;
    }

    /// <inheritdoc />
    public override string Type => "Choice";

    /// <summary>The top-level rules, in order.</summary>
    public IReadOnlyList<ChoiceBranch> Choices { get; }

    /// <summary>The Default state, or null.</summary>
    public string? Default { get; }

    /// <inheritdoc />
    public override IEnumerable<string> Transitions => Choices.Select(c => c.Next).Concat(Default is null ? [] : [Default]);
}
