namespace EventPro.Specs.Gherkin;

/// <summary>Runs once per feature after its scenarios (at the latest when the test run ends). The method must be static; it may take a FeatureContext.</summary>
public sealed class AfterFeatureAttribute : HookAttribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="tags">Tag filters (tags or tag expressions); none means always.</param>
    public AfterFeatureAttribute(params string[] tags)
        : base(tags)
    {
    }
}
