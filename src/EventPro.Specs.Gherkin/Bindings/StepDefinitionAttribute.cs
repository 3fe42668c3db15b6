namespace EventPro.Specs.Gherkin;

/// <summary>Marks a step definition that matches steps of any kind (Given, When or Then).</summary>
public sealed class StepDefinitionAttribute : StepDefinitionBaseAttribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="expression">The Cucumber or regular expression.</param>
    public StepDefinitionAttribute(string expression)
        : base(expression, StepDefinitionType.Given, StepDefinitionType.When, StepDefinitionType.Then)
    {
    }
}
