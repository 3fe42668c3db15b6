using EventPro.Specs.Gherkin.Tags;

namespace EventPro.Specs.Gherkin.Registry;

/// <summary>One <c>[Scope]</c> restriction: every part that is set must match.</summary>
public sealed class BindingScope
{
    /// <summary>Creates a scope.</summary>
    /// <param name="tag">The tag expression, or <c>null</c>.</param>
    /// <param name="feature">The feature title, or <c>null</c>.</param>
    /// <param name="scenario">The scenario title, or <c>null</c>.</param>
    public BindingScope(TagExpression? tag, string? feature, string? scenario)
    {
        Tag = tag;
        Feature = feature;
        Scenario = scenario;
    }

    /// <summary>The tag expression the scenario must satisfy, or <c>null</c>.</summary>
    public TagExpression? Tag { get; }

    /// <summary>The feature title, or <c>null</c>.</summary>
    public string? Feature { get; }

    /// <summary>The scenario title, or <c>null</c>.</summary>
    public string? Scenario { get; }

    /// <summary>Whether a scenario is inside this scope.</summary>
    /// <param name="feature">The feature.</param>
    /// <param name="scenario">The scenario; <c>null</c> for feature-level hooks (then only feature parts count).</param>
    /// <returns><c>true</c> when every set part matches.</returns>
    public bool Matches(FeatureInfo feature, ScenarioInfo? scenario)
    {
        if (Feature is not null && !string.Equals(Feature, feature.Title, StringComparison.Ordinal))
        {
            return false;
        }

        if (scenario is null)
        {
            return Tag is null || Tag.Evaluate(feature.Tags.ToArray());
        }

        return (Scenario is null || string.Equals(Scenario, scenario.Title, StringComparison.Ordinal))
            && (Tag is null || Tag.Evaluate(scenario.CombinedTags.ToArray()));
    }
}
