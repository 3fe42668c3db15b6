using System.Collections.Concurrent;
using EventPro.Specs.Gherkin.Parsing;
using EventPro.Specs.Gherkin.Registry;

namespace EventPro.Specs.Gherkin.Running;

/// <summary>
/// Runs compiled scenarios against a set of bindings, and owns one test run's life cycle:
/// <c>[BeforeTestRun]</c> once, <c>[BeforeFeature]</c> once per feature before its first
/// scenario, <c>[AfterFeature]</c> when a feature is finished (at the latest when the run ends)
/// and <c>[AfterTestRun]</c> once at the end. Thread-safe: scenarios may run in parallel, each
/// with its own container.
/// </summary>
public sealed class GherkinRunner
{
    private readonly IEnumerable<IScenarioObserver> _observers;
    private readonly ConcurrentDictionary<string, Lazy<Task<FeatureRun>>> _features = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _lifecycle = new(1, 1);
    private IReadOnlyList<ScenarioFailure> _testRunFailures = [];
    private bool _started;
    private bool _finished;

    /// <summary>Creates a runner.</summary>
    /// <param name="bindings">The step definitions, hooks and transformations.</param>
    /// <param name="observers">Observers told about every scenario; enumerated at each notification, so a live collection works.</param>
    public GherkinRunner(BindingRegistry bindings, IEnumerable<IScenarioObserver>? observers = null)
    {
        ArgumentNullException.ThrowIfNull(bindings);
        Bindings = bindings;
        _observers = observers ?? [];
    }

    /// <summary>The bindings scenarios run against.</summary>
    public BindingRegistry Bindings { get; }

    /// <summary>Whether <see cref="StartTestRunAsync"/> has run.</summary>
    public bool IsTestRunStarted => Volatile.Read(ref _started);

    /// <summary>Whether the bindings have hooks that only a started and finished test run calls.</summary>
    public bool NeedsTestRunLifecycle =>
        Bindings.Hooks.Any(h => h.Kind is HookKind.BeforeTestRun or HookKind.AfterTestRun or HookKind.AfterFeature);

    internal IEnumerable<IScenarioObserver> Observers => _observers;

    internal IReadOnlyList<ScenarioFailure> TestRunFailures => Volatile.Read(ref _testRunFailures);

    /// <summary>Runs the <c>[BeforeTestRun]</c> hooks, once; later calls do nothing.</summary>
    /// <returns>A task that completes when the hooks ran.</returns>
    /// <exception cref="GherkinHookException">A hook failed (every scenario of the run then fails with it too).</exception>
    public async Task StartTestRunAsync()
    {
        await _lifecycle.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_started)
            {
                return;
            }

            var failures = await RunLevelHooksAsync(HookKind.BeforeTestRun, stopAtFirstFailure: true).ConfigureAwait(false);
            Volatile.Write(ref _testRunFailures, failures);
            Volatile.Write(ref _started, true);
            if (failures.Count > 0)
            {
                throw new GherkinHookException(failures);
            }
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>Runs one scenario (an ignored one is reported as skipped without running).</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="settings">Output, cancellation and extra registrations.</param>
    /// <returns>How it ended; a failure is a result, not an exception.</returns>
    public async Task<ScenarioResult> RunScenarioAsync(CompiledScenario scenario, ScenarioRunSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (scenario.IsIgnored)
        {
            return new ScenarioResult(scenario, ScenarioStatus.Skipped, TimeSpan.Zero, [], [], null);
        }

        return await new ScenarioExecution(this, scenario, settings ?? new ScenarioRunSettings()).RunAsync().ConfigureAwait(false);
    }

    /// <summary>Runs every scenario of a feature file one after another, then its <c>[AfterFeature]</c> hooks.</summary>
    /// <param name="file">The parsed file (a file with syntax errors yields no results).</param>
    /// <param name="settings">Output, cancellation and extra registrations for each scenario.</param>
    /// <returns>Each scenario's result.</returns>
    /// <exception cref="GherkinHookException">An <c>[AfterFeature]</c> hook failed.</exception>
    public async Task<IReadOnlyList<ScenarioResult>> RunFeatureAsync(FeatureFile file, ScenarioRunSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        var results = new List<ScenarioResult>();
        foreach (var scenario in file.Scenarios)
        {
            results.Add(await RunScenarioAsync(scenario, settings).ConfigureAwait(false));
        }

        if (file.Feature is not null)
        {
            var failures = await FinishFeatureAsync(file.Feature.FilePath).ConfigureAwait(false);
            if (failures.Count > 0)
            {
                throw new GherkinHookException(failures);
            }
        }

        return results;
    }

    /// <summary>
    /// Ends the run, once: <c>[AfterFeature]</c> for every feature not finished yet, then
    /// <c>[AfterTestRun]</c>. Every hook runs even when an earlier one failed.
    /// </summary>
    /// <returns>A task that completes when the hooks ran.</returns>
    /// <exception cref="GherkinHookException">Hooks failed.</exception>
    public async Task FinishTestRunAsync()
    {
        await _lifecycle.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_finished)
            {
                return;
            }

            _finished = true;
            var failures = new List<ScenarioFailure>();
            foreach (var path in _features.Keys.Order(StringComparer.Ordinal))
            {
                failures.AddRange(await FinishFeatureAsync(path).ConfigureAwait(false));
            }

            failures.AddRange(await RunLevelHooksAsync(HookKind.AfterTestRun, stopAtFirstFailure: false).ConfigureAwait(false));
            if (failures.Count > 0)
            {
                throw new GherkinHookException(failures);
            }
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>The feature's run, starting it (context + <c>[BeforeFeature]</c>) on first use.</summary>
    /// <param name="feature">The feature.</param>
    /// <returns>The feature's run.</returns>
    internal Task<FeatureRun> EnterFeatureAsync(FeatureInfo feature) =>
        _features.GetOrAdd(feature.FilePath, _ => new Lazy<Task<FeatureRun>>(() => StartFeatureAsync(feature))).Value;

    private async Task<FeatureRun> StartFeatureAsync(FeatureInfo feature)
    {
        var context = new FeatureContext(feature);
        var failures = await HookInvoker.RunAsync(
                Bindings, HookKind.BeforeFeature, feature, null, type => ResolveFeatureParameter(type, context), feature.FilePath, stopAtFirstFailure: true)
            .ConfigureAwait(false);
        return new FeatureRun(context, failures.Select(f => f.Failure).ToArray());
    }

    private async Task<IReadOnlyList<ScenarioFailure>> FinishFeatureAsync(string path)
    {
        if (!_features.TryGetValue(path, out var lazy))
        {
            return [];
        }

        var run = await lazy.Value.ConfigureAwait(false);
        if (!run.TryFinish())
        {
            return [];
        }

        var feature = run.Context.FeatureInfo;
        var failures = await HookInvoker.RunAsync(
                Bindings, HookKind.AfterFeature, feature, null, type => ResolveFeatureParameter(type, run.Context), feature.FilePath, stopAtFirstFailure: false)
            .ConfigureAwait(false);
        return failures.Select(f => f.Failure).ToArray();
    }

    private async Task<IReadOnlyList<ScenarioFailure>> RunLevelHooksAsync(HookKind kind, bool stopAtFirstFailure)
    {
        var failures = await HookInvoker.RunAsync(
                Bindings,
                kind,
                null,
                null,
                type => throw new InvalidOperationException($"[{kind}] hooks take no parameters (asked for {type.Name})."),
                "test run",
                stopAtFirstFailure)
            .ConfigureAwait(false);
        return failures.Select(f => f.Failure).ToArray();
    }

    private static object ResolveFeatureParameter(Type type, FeatureContext context) =>
        type == typeof(FeatureContext) || type == typeof(FeatureInfo)
            ? type == typeof(FeatureContext) ? context : context.FeatureInfo
            : throw new InvalidOperationException($"Feature hooks can take a FeatureContext or FeatureInfo parameter, not {type.Name}.");
}
