using EventPro.Specs.Gherkin.Registry;

namespace EventPro.Specs.Gherkin.Running;

/// <summary>
/// Runs hooks of one kind in order, resolving their parameters (and, for instance methods, their
/// class) from a resolver, and turns what they throw into <see cref="ScenarioFailure"/>s.
/// </summary>
internal static class HookInvoker
{
    /// <summary>Runs the applicable hooks of a kind.</summary>
    /// <param name="bindings">The registry.</param>
    /// <param name="kind">The hook kind.</param>
    /// <param name="feature">The feature (for scopes and tags), or <c>null</c> for run-level hooks.</param>
    /// <param name="scenario">The scenario (for scopes and tags), or <c>null</c>.</param>
    /// <param name="resolve">Supplies parameter values and instances by type.</param>
    /// <param name="location">The <c>path:line</c> reported for failures.</param>
    /// <param name="stopAtFirstFailure">Whether a failure skips the remaining hooks (before-hooks) or not (after-hooks).</param>
    /// <returns>The failures, in order.</returns>
    public static async Task<List<(ScenarioFailure Failure, bool Pending)>> RunAsync(
        BindingRegistry bindings,
        HookKind kind,
        FeatureInfo? feature,
        ScenarioInfo? scenario,
        Func<Type, object> resolve,
        string location,
        bool stopAtFirstFailure)
    {
        var failures = new List<(ScenarioFailure, bool)>();
        foreach (var hook in bindings.HooksOf(kind).Where(h => h.AppliesTo(feature, scenario)))
        {
            var name = $"[{kind}] {hook.Description}";
            try
            {
                var target = hook.Method.IsStatic ? null : resolve(hook.Method.ReflectedType!);
                var arguments = hook.Method.GetParameters().Select(p => resolve(p.ParameterType)).ToArray();
                await BindingInvoker.InvokeAsync(hook.Method, target, arguments).ConfigureAwait(false);
            }
            catch (Exception error)
            {
                failures.Add((new ScenarioFailure(location, name, FailureFormatter.Describe(error), error), error is PendingStepException));
                if (stopAtFirstFailure)
                {
                    break;
                }
            }
        }

        return failures;
    }
}
