namespace EventPro.Specs.Gherkin;

/// <summary>
/// The feature a scenario belongs to, with a property bag shared by the feature's scenarios
/// (Reqnroll's <c>FeatureContext</c>; injectable, and passed to <c>[BeforeFeature]</c> /
/// <c>[AfterFeature]</c> hooks). Scenarios of one feature may run in parallel.
/// </summary>
public sealed class FeatureContext : ContextBag
{
    /// <summary>Creates the context of a feature.</summary>
    /// <param name="featureInfo">The feature.</param>
    public FeatureContext(FeatureInfo featureInfo) => FeatureInfo = featureInfo;

    /// <summary>The feature's title, tags, description, language and file.</summary>
    public FeatureInfo FeatureInfo { get; }
}
