namespace EventPro.Specs.Gherkin;

/// <summary>Runs once when the test run ends, after every scenario. The method must be static and take no parameters.</summary>
public sealed class AfterTestRunAttribute : HookAttribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="tags">Tag filters (tags or tag expressions); none means always.</param>
    public AfterTestRunAttribute(params string[] tags)
        : base(tags)
    {
    }
}
