namespace EventPro.Specs.Gherkin;

/// <summary>Runs once per feature, before its first scenario. The method must be static; it may take a FeatureContext.</summary>
public sealed class BeforeFeatureAttribute : HookAttribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="tags">Tag filters (tags or tag expressions); none means always.</param>
    public BeforeFeatureAttribute(params string[] tags)
        : base(tags)
    {
    }
}
