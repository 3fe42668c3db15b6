namespace EventPro.Specs.Gherkin;

/// <summary>Runs after each step that ran, also when it failed.</summary>
public sealed class AfterStepAttribute : HookAttribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="tags">Tag filters (tags or tag expressions); none means always.</param>
    public AfterStepAttribute(params string[] tags)
        : base(tags)
    {
    }
}
