using System.Collections.Concurrent;
using EventPro.Specs.Gherkin.Parsing;
using EventPro.Specs.Gherkin.Registry;
using EventPro.Specs.Gherkin.Running;

namespace EventPro.Specs.Gherkin.Tests.Running;

/// <summary>Records what bindings did, in order; registered per scenario so parallel tests do not mix.</summary>
public sealed class Journal
{
    private readonly ConcurrentQueue<string> _entries = new();

    public IReadOnlyList<string> Entries => _entries.ToArray();

    public void Add(string entry) => _entries.Enqueue(entry);
}

/// <summary>Collects a scenario's transcript.</summary>
public sealed class RecordingOutput : IScenarioOutput
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => _lines.ToArray();

    public string Text => string.Join("\n", _lines);

    public void WriteLine(string message) => _lines.Enqueue(message);
}

/// <summary>Runs inline or fixture features against explicitly chosen binding classes.</summary>
internal static class RunnerTestKit
{
    public static FeatureFile Feature(string body) => FeatureFileParser.Parse("inline.feature", "Feature: Inline\n" + body);

    public static async Task<(ScenarioResult Result, RecordingOutput Output, Journal Journal)> RunAsync(
        CompiledScenario scenario, params Type[] bindings)
    {
        var runner = new GherkinRunner(BindingRegistry.FromTypes(bindings));
        return await RunAsync(runner, scenario);
    }

    public static async Task<(ScenarioResult Result, RecordingOutput Output, Journal Journal)> RunAsync(GherkinRunner runner, CompiledScenario scenario)
    {
        var output = new RecordingOutput();
        var journal = new Journal();
        var result = await runner.RunScenarioAsync(
            scenario,
            new ScenarioRunSettings { Output = output, ConfigureContainer = c => c.RegisterInstanceAs(journal) });
        return (result, output, journal);
    }
}
