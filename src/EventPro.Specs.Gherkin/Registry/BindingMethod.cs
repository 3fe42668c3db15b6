using System.Reflection;

namespace EventPro.Specs.Gherkin.Registry;

/// <summary>A method found on a binding class: step definition, hook or transformation.</summary>
public abstract class BindingMethod
{
    /// <summary>Wraps a method.</summary>
    /// <param name="method">The method.</param>
    /// <param name="scopes">The <c>[Scope]</c> restrictions of the method and its class.</param>
    private protected BindingMethod(MethodInfo method, IReadOnlyList<BindingScope> scopes)
    {
        Method = method;
        Scopes = scopes;
    }

    /// <summary>The method.</summary>
    public MethodInfo Method { get; }

    /// <summary>The <c>[Scope]</c> restrictions; empty when the binding applies everywhere.</summary>
    public IReadOnlyList<BindingScope> Scopes { get; }

    /// <summary>The method as <c>Class.Method(ParameterTypes)</c>, for messages.</summary>
    public string Description =>
        $"{Method.DeclaringType?.Name}.{Method.Name}({string.Join(", ", Method.GetParameters().Select(p => p.ParameterType.Name))})";

    /// <summary>Whether the binding applies to a scenario (no scope, or any scope matches).</summary>
    /// <param name="feature">The scenario's feature.</param>
    /// <param name="scenario">The scenario.</param>
    /// <returns><c>true</c> when it applies.</returns>
    public bool IsInScope(FeatureInfo feature, ScenarioInfo? scenario) =>
        Scopes.Count == 0 || Scopes.Any(scope => scope.Matches(feature, scenario));
}
