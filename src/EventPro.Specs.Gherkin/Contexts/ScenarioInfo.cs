namespace EventPro.Specs.Gherkin;

/// <summary>
/// What the feature file declares about one scenario or one Examples row of a Scenario Outline
/// (Reqnroll's <c>ScenarioInfo</c>).
/// </summary>
public sealed class ScenarioInfo
{
    /// <summary>Creates the description of a scenario.</summary>
    /// <param name="title">The scenario's name, with outline placeholders substituted.</param>
    /// <param name="description">The free text below the <c>Scenario:</c> line.</param>
    /// <param name="tags">The scenario's own tags and its Examples block's tags, without <c>@</c>.</param>
    /// <param name="combinedTags">The feature's tags followed by <paramref name="tags"/>, without duplicates.</param>
    /// <param name="arguments">The Examples row's values by column, in column order; empty for a plain scenario.</param>
    /// <param name="line">The line of the <c>Scenario:</c> keyword.</param>
    /// <param name="exampleLine">The line of the Examples row, or <c>null</c> for a plain scenario.</param>
    public ScenarioInfo(
        string title,
        string description,
        IReadOnlyList<string> tags,
        IReadOnlyList<string> combinedTags,
        IReadOnlyList<KeyValuePair<string, string>> arguments,
        int line,
        int? exampleLine)
    {
        Title = title;
        Description = description;
        Tags = tags;
        CombinedTags = combinedTags;
        Arguments = arguments;
        Line = line;
        ExampleLine = exampleLine;
    }

    /// <summary>The scenario's name, with outline placeholders substituted.</summary>
    public string Title { get; }

    /// <summary>The free text below the <c>Scenario:</c> line.</summary>
    public string Description { get; }

    /// <summary>The scenario's own tags and its Examples block's tags, without <c>@</c>.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>The feature's tags and the scenario's tags, without <c>@</c> and without duplicates.</summary>
    public IReadOnlyList<string> CombinedTags { get; }

    /// <summary>The Examples row's values by column name, in column order; empty for a plain scenario.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Arguments { get; }

    /// <summary>The line of the <c>Scenario:</c> (or <c>Scenario Outline:</c>) keyword.</summary>
    public int Line { get; }

    /// <summary>The line of the Examples row this case comes from, or <c>null</c> for a plain scenario.</summary>
    public int? ExampleLine { get; }

    /// <summary>
    /// The variant this run of the scenario is (see <see cref="IScenarioVariants"/>);
    /// <see cref="ScenarioVariant.AsWritten"/> unless the test run expands the scenario into variants.
    /// </summary>
    public ScenarioVariant Variant { get; private init; } = ScenarioVariant.AsWritten;

    /// <summary>The same scenario, run as <paramref name="variant"/>.</summary>
    /// <param name="variant">The variant.</param>
    /// <returns>A copy with <see cref="Variant"/> set.</returns>
    public ScenarioInfo WithVariant(ScenarioVariant variant)
    {
        ArgumentNullException.ThrowIfNull(variant);
        return new ScenarioInfo(Title, Description, Tags, CombinedTags, Arguments, Line, ExampleLine) { Variant = variant };
    }

    /// <summary>The scenario title.</summary>
    /// <returns><see cref="Title"/>.</returns>
    public override string ToString() => Title;
}
