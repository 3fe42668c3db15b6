namespace EventPro.Specs.Gherkin;

/// <summary>Runs before each step of a scenario that has not failed.</summary>
public sealed class BeforeStepAttribute : HookAttribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="tags">Tag filters (tags or tag expressions); none means always.</param>
    public BeforeStepAttribute(params string[] tags)
        : base(tags)
    {
    }
}
