namespace EventPro.Specs.Gherkin;

/// <summary>Runs once before any scenario of the test run. The method must be static and take no parameters.</summary>
public sealed class BeforeTestRunAttribute : HookAttribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="tags">Tag filters (tags or tag expressions); none means always.</param>
    public BeforeTestRunAttribute(params string[] tags)
        : base(tags)
    {
    }
}
