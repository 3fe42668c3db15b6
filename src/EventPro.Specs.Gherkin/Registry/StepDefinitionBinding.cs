using System.Reflection;
using EventPro.Specs.Gherkin.Expressions;

namespace EventPro.Specs.Gherkin.Registry;

/// <summary>A step definition: a method, the step kinds it serves and its compiled expression.</summary>
public sealed class StepDefinitionBinding : BindingMethod
{
    internal StepDefinitionBinding(MethodInfo method, IReadOnlyList<BindingScope> scopes, IReadOnlyList<StepDefinitionType> types, StepPattern pattern)
        : base(method, scopes)
    {
        Types = types;
        Pattern = pattern;
    }

    /// <summary>The step kinds it serves.</summary>
    public IReadOnlyList<StepDefinitionType> Types { get; }

    /// <summary>The expression as written in the attribute.</summary>
    public string Expression => Pattern.Source;

    /// <summary>Whether <see cref="Expression"/> is a regular expression (otherwise a Cucumber expression).</summary>
    public bool IsRegex => Pattern.IsRegex;

    /// <summary>The compiled expression.</summary>
    internal StepPattern Pattern { get; }

    /// <summary>The binding as <c>[Given("expression")] Class.Method(...)</c>, for ambiguity reports.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"[{(Types.Count == 3 ? "StepDefinition" : Types[0].ToString())}(\"{Expression}\")] {Description}";
}
