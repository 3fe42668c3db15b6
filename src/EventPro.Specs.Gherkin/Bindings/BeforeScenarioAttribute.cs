namespace EventPro.Specs.Gherkin;

/// <summary>Runs before each scenario (after the scenario's container is created).</summary>
public sealed class BeforeScenarioAttribute : HookAttribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="tags">Tag filters (tags or tag expressions); none means always.</param>
    public BeforeScenarioAttribute(params string[] tags)
        : base(tags)
    {
    }
}
