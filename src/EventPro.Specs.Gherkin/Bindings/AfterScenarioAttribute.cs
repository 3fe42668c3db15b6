namespace EventPro.Specs.Gherkin;

/// <summary>Runs after each scenario, also when it failed; a failure here fails the scenario.</summary>
public sealed class AfterScenarioAttribute : HookAttribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="tags">Tag filters (tags or tag expressions); none means always.</param>
    public AfterScenarioAttribute(params string[] tags)
        : base(tags)
    {
    }
}
