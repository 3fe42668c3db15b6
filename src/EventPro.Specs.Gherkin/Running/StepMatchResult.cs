using EventPro.Specs.Gherkin.Registry;

namespace EventPro.Specs.Gherkin.Running;

/// <summary>
/// The outcome of looking up a step: exactly one usable match, none, several, or matches whose
/// parameter count does not fit what the step supplies.
/// </summary>
internal sealed class StepMatchResult
{
    private StepMatchResult(StepMatch? match, IReadOnlyList<StepMatch> ambiguous, IReadOnlyList<StepMatch> wrongArity, IReadOnlyList<StepDefinitionBinding> otherKeyword)
    {
        Match = match;
        Ambiguous = ambiguous;
        WrongArity = wrongArity;
        OtherKeyword = otherKeyword;
    }

    /// <summary>The single usable match, or <c>null</c>.</summary>
    public StepMatch? Match { get; }

    /// <summary>Every usable match when there is more than one.</summary>
    public IReadOnlyList<StepMatch> Ambiguous { get; }

    /// <summary>Matches whose method takes a different number of parameters than the step supplies.</summary>
    public IReadOnlyList<StepMatch> WrongArity { get; }

    /// <summary>Definitions of another keyword that match the text (a hint for an undefined step).</summary>
    public IReadOnlyList<StepDefinitionBinding> OtherKeyword { get; }

    /// <summary>Whether no definition matches at all.</summary>
    public bool IsUndefined => Match is null && Ambiguous.Count == 0 && WrongArity.Count == 0;

    public static StepMatchResult Single(StepMatch match) => new(match, [], [], []);

    public static StepMatchResult Several(IReadOnlyList<StepMatch> matches) => new(null, matches, [], []);

    public static StepMatchResult Mismatched(IReadOnlyList<StepMatch> matches) => new(null, [], matches, []);

    public static StepMatchResult None(IReadOnlyList<StepDefinitionBinding> otherKeyword) => new(null, [], [], otherKeyword);
}
