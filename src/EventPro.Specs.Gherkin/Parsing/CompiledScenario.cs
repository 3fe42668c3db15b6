namespace EventPro.Specs.Gherkin.Parsing;

/// <summary>
/// One runnable case: a Scenario, or one Examples row of a Scenario Outline, with the feature's
/// Background steps in front. It is what becomes one xunit test case.
/// </summary>
public sealed class CompiledScenario
{
    /// <summary>Creates a runnable case.</summary>
    /// <param name="feature">The feature it belongs to.</param>
    /// <param name="scenario">The scenario's title, tags, arguments and position.</param>
    /// <param name="backgroundSteps">The Background steps, run first.</param>
    /// <param name="steps">The scenario's own steps.</param>
    public CompiledScenario(FeatureInfo feature, ScenarioInfo scenario, IReadOnlyList<CompiledStep> backgroundSteps, IReadOnlyList<CompiledStep> steps)
    {
        Feature = feature;
        Scenario = scenario;
        BackgroundSteps = backgroundSteps;
        Steps = steps;
    }

    /// <summary>The feature it belongs to.</summary>
    public FeatureInfo Feature { get; }

    /// <summary>The scenario's title, tags, arguments and position.</summary>
    public ScenarioInfo Scenario { get; }

    /// <summary>The Background steps, run before <see cref="Steps"/>.</summary>
    public IReadOnlyList<CompiledStep> BackgroundSteps { get; }

    /// <summary>The scenario's own steps.</summary>
    public IReadOnlyList<CompiledStep> Steps { get; }

    /// <summary>Background steps followed by the scenario's steps: the order they run in.</summary>
    public IEnumerable<CompiledStep> AllSteps => BackgroundSteps.Concat(Steps);

    /// <summary>
    /// The test case name: <c>Feature: Scenario</c>, for an outline row the row's values, and for
    /// a variant its label in brackets, e.g.
    /// <c>Checkout: Payment declined (card=visa, amount=10) [JSONata twin]</c>.
    /// </summary>
    public string DisplayName
    {
        get
        {
            var name = $"{Feature.Title}: {Scenario.Title}";
            if (Scenario.Arguments.Count > 0)
            {
                name += $" ({string.Join(", ", Scenario.Arguments.Select(a => $"{a.Key}={a.Value}"))})";
            }

            return Scenario.Variant.IsAsWritten ? name : $"{name} [{Scenario.Variant.Label}]";
        }
    }

    /// <summary>The variant this case runs as (<see cref="ScenarioInfo.Variant"/>).</summary>
    public ScenarioVariant Variant => Scenario.Variant;

    /// <summary>The same case, run as <paramref name="variant"/>: same steps, <see cref="Id"/> and feature.</summary>
    /// <param name="variant">The variant.</param>
    /// <returns>The case in that variant.</returns>
    public CompiledScenario WithVariant(ScenarioVariant variant) =>
        new(Feature, Scenario.WithVariant(variant), BackgroundSteps, Steps);

    /// <summary>
    /// The identity of this case inside its file: the scenario's line, and for an outline row
    /// <c>line:exampleLine</c>. Stable as long as the file is not edited; the same for every variant.
    /// </summary>
    public string Id => Scenario.ExampleLine is { } row ? $"{Scenario.Line}:{row}" : $"{Scenario.Line}";

    /// <summary>Whether the case carries <c>@ignore</c> (on the feature, scenario or Examples block).</summary>
    public bool IsIgnored => Scenario.CombinedTags.Contains("ignore", StringComparer.OrdinalIgnoreCase);

    /// <summary>The display name.</summary>
    /// <returns><see cref="DisplayName"/>.</returns>
    public override string ToString() => DisplayName;
}
