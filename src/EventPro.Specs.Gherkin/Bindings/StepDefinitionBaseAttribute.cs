namespace EventPro.Specs.Gherkin;

/// <summary>
/// Base of <see cref="GivenAttribute"/>, <see cref="WhenAttribute"/>, <see cref="ThenAttribute"/>
/// and <see cref="StepDefinitionAttribute"/>: a method that runs for steps its expression matches.
/// The expression is a Cucumber expression, or a regular expression when it starts with <c>^</c>
/// or ends with <c>$</c> (Reqnroll's rule).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public abstract class StepDefinitionBaseAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="expression">The Cucumber or regular expression.</param>
    /// <param name="types">The step kinds it applies to.</param>
    protected StepDefinitionBaseAttribute(string expression, params StepDefinitionType[] types)
    {
        ArgumentNullException.ThrowIfNull(expression);
        Expression = expression;
        Types = types;
    }

    /// <summary>The Cucumber or regular expression the step text must match.</summary>
    public string Expression { get; }

    /// <summary>The step kinds it applies to.</summary>
    public IReadOnlyList<StepDefinitionType> Types { get; }
}
