using System.Reflection;
using EventPro.Specs.Gherkin.Tags;

namespace EventPro.Specs.Gherkin.Registry;

/// <summary>A hook method with its kind, order and tag filters.</summary>
public sealed class HookBinding : BindingMethod
{
    internal HookBinding(MethodInfo method, IReadOnlyList<BindingScope> scopes, HookKind kind, int order, IReadOnlyList<TagExpression> tagFilters)
        : base(method, scopes)
    {
        Kind = kind;
        Order = order;
        TagFilters = tagFilters;
    }

    /// <summary>When it runs.</summary>
    public HookKind Kind { get; }

    /// <summary>Its position among hooks of the same kind; lower runs first.</summary>
    public int Order { get; }

    /// <summary>The tag filters; the hook runs when any is satisfied, or always when there are none.</summary>
    public IReadOnlyList<TagExpression> TagFilters { get; }

    /// <summary>Whether the hook runs for a scenario (or, with no scenario, for a feature).</summary>
    /// <param name="feature">The feature.</param>
    /// <param name="scenario">The scenario, or <c>null</c> for feature and test-run hooks.</param>
    /// <returns><c>true</c> when it applies.</returns>
    public bool AppliesTo(FeatureInfo? feature, ScenarioInfo? scenario)
    {
        if (feature is not null && !IsInScope(feature, scenario))
        {
            return false;
        }

        if (TagFilters.Count == 0)
        {
            return true;
        }

        var tags = scenario?.CombinedTags ?? feature?.Tags ?? [];
        return TagFilters.Any(filter => filter.Evaluate(tags.ToArray()));
    }
}
