namespace EventPro.Specs.Gherkin.Expressions;

/// <summary>A compiled step definition expression: a Cucumber expression or a regular expression.</summary>
internal abstract class StepPattern
{
    /// <summary>The expression as written in the attribute.</summary>
    public abstract string Source { get; }

    /// <summary>Whether the expression is a regular expression (otherwise a Cucumber expression).</summary>
    public abstract bool IsRegex { get; }

    /// <summary>How many values a match captures.</summary>
    public abstract int ArgumentCount { get; }

    /// <summary>Matches a whole step text.</summary>
    /// <param name="text">The step text (without keyword).</param>
    /// <returns>The captured values, or <c>null</c> when the text does not match.</returns>
    public abstract IReadOnlyList<PatternArgument>? Match(string text);
}
