namespace EventPro.Specs.Gherkin;

/// <summary>
/// Marks a step definition for <c>When</c> steps (and <c>And</c>/<c>But</c> steps that follow one).
/// </summary>
public sealed class WhenAttribute : StepDefinitionBaseAttribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="expression">The Cucumber expression (<c>a cart with {int} items</c>) or a regular expression (<c>^a cart with (\d+) items$</c>).</param>
    public WhenAttribute(string expression)
        : base(expression, StepDefinitionType.When)
    {
    }
}
