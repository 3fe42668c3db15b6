namespace EventPro.Specs.Gherkin;

/// <summary>
/// Marks a step definition for <c>Then</c> steps (and <c>And</c>/<c>But</c> steps that follow one).
/// </summary>
public sealed class ThenAttribute : StepDefinitionBaseAttribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="expression">The Cucumber expression (<c>a cart with {int} items</c>) or a regular expression (<c>^a cart with (\d+) items$</c>).</param>
    public ThenAttribute(string expression)
        : base(expression, StepDefinitionType.Then)
    {
    }
}
