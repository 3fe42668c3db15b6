using System.Collections.Concurrent;
using System.Reflection;
using EventPro.Specs.Gherkin.Registry;
using EventPro.Specs.Gherkin.Running;

namespace EventPro.Specs.Gherkin;

/// <summary>The one <see cref="GherkinRunner"/> per test assembly that xunit-run scenarios share.</summary>
public static class GherkinRunners
{
    private static readonly ConcurrentDictionary<Assembly, Lazy<GherkinRunner>> Runners = new();

    /// <summary>The runner of a test assembly: its bindings, the registered observers.</summary>
    /// <param name="testAssembly">The test assembly.</param>
    /// <returns>The runner.</returns>
    public static GherkinRunner For(Assembly testAssembly) =>
        Runners.GetOrAdd(
                testAssembly,
                assembly => new Lazy<GherkinRunner>(() => new GherkinRunner(BindingRegistry.ForTestAssembly(assembly), ScenarioObservers.Live)))
            .Value;
}
