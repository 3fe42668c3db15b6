using EventPro.Specs.Gherkin.Parsing;
using EventPro.Specs.Gherkin.Registry;

namespace EventPro.Specs.Gherkin.Running;

/// <summary>
/// Finds the step definition for a step: same kind, in scope, expression matching the whole
/// text, and a method taking the captured values plus the table or doc string when the step has
/// one. Scoped definitions win over unscoped ones (Reqnroll's rule); two or more left is an
/// ambiguity.
/// </summary>
internal static class StepMatcher
{
    /// <summary>Looks up a step.</summary>
    /// <param name="bindings">The registry.</param>
    /// <param name="step">The step.</param>
    /// <param name="feature">The scenario's feature.</param>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The outcome.</returns>
    public static StepMatchResult Find(BindingRegistry bindings, CompiledStep step, FeatureInfo feature, ScenarioInfo scenario)
    {
        var extra = step.Table is not null || step.DocString is not null ? 1 : 0;
        var matches = new List<StepMatch>();
        foreach (var binding in bindings.StepDefinitions)
        {
            if (!binding.Types.Contains(step.Type) || !binding.IsInScope(feature, scenario))
            {
                continue;
            }

            var arguments = binding.Pattern.Match(step.Text);
            if (arguments is not null)
            {
                matches.Add(new StepMatch(binding, arguments));
            }
        }

        if (matches.Count == 0)
        {
            var otherKeyword = bindings.StepDefinitions
                .Where(b => !b.Types.Contains(step.Type) && b.IsInScope(feature, scenario) && b.Pattern.Match(step.Text) is not null)
                .ToArray();
            return StepMatchResult.None(otherKeyword);
        }

        var fitting = matches.Where(m => m.Binding.Method.GetParameters().Length == m.Arguments.Count + extra).ToList();
        if (fitting.Count == 0)
        {
            return StepMatchResult.Mismatched(matches);
        }

        if (fitting.Any(m => m.Binding.Scopes.Count > 0))
        {
            fitting.RemoveAll(m => m.Binding.Scopes.Count == 0);
        }

        return fitting.Count == 1 ? StepMatchResult.Single(fitting[0]) : StepMatchResult.Several(fitting);
    }
}
