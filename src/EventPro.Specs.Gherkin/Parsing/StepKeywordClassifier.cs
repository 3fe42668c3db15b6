using Gherkin;

namespace EventPro.Specs.Gherkin.Parsing;

/// <summary>
/// Turns the keyword written before a step into a <see cref="StepDefinitionType"/> using the
/// feature's Gherkin dialect, so localised keywords work. <c>And</c>, <c>But</c> and <c>*</c> take
/// the previous step's kind, as in Cucumber and Reqnroll; when nothing precedes them they count
/// as <c>Given</c>.
/// </summary>
internal sealed class StepKeywordClassifier
{
    private readonly GherkinDialect _dialect;
    private StepDefinitionType? _previous;

    /// <summary>Starts a block of steps (a Background or a Scenario) in a dialect.</summary>
    /// <param name="dialect">The feature's dialect.</param>
    public StepKeywordClassifier(GherkinDialect dialect) => _dialect = dialect;

    /// <summary>Classifies the next step of the block.</summary>
    /// <param name="keyword">The keyword as the parser returned it (with its trailing space).</param>
    /// <returns>The step's kind.</returns>
    public StepDefinitionType Next(string keyword)
    {
        // "* " appears in every keyword list of every dialect; it is a conjunction, not a Given.
        StepDefinitionType? own = keyword.Trim() == "*" ? null
            : _dialect.GivenStepKeywords.Contains(keyword) ? StepDefinitionType.Given
            : _dialect.WhenStepKeywords.Contains(keyword) ? StepDefinitionType.When
            : _dialect.ThenStepKeywords.Contains(keyword) ? StepDefinitionType.Then
            : null;
        var type = own ?? _previous ?? StepDefinitionType.Given;
        _previous = type;
        return type;
    }
}
