using System.Globalization;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.Chaos;
using EventPro.Specs.Harness.Chaos.Shrinking;

namespace EventPro.Specs.Cli.Commands;

/// <summary>The chaos command's summary, as text or as one JSON object.</summary>
internal static class ChaosReport
{
    public static string ToText(CampaignResult result, IReadOnlyList<ShrunkReproducer> reproducers)
    {
        var c = result.Campaign;
        var lines = new List<string>
        {
            $"chaos campaign: {c.StateMachineName}, {c.Executions} executions, seed {c.Seed}, inputs from {c.Inputs.Description}, fakes {c.Fakes?.Name ?? "(none)"}",
        };
        lines.AddRange(c.Strategies.Select(s => $"fault:             {s}"));
        lines.AddRange(result.Metrics.Describe());
        lines.Add($"compensations:     {string.Join(", ", result.CompensationStates.Order(StringComparer.Ordinal))}");
        foreach (var invariant in c.Invariants)
        {
            var broken = result.Violations.Count(v => ReferenceEquals(v.Invariant, invariant));
            lines.Add(broken == 0 ? $"held:              {invariant.Name}" : $"BROKEN:            {invariant.Name} ({broken} executions)");
        }

        lines.Add($"elapsed:           {Elapsed(result)}");
        foreach (var reproducer in reproducers)
        {
            lines.Add(string.Empty);
            lines.Add(reproducer.Describe());
        }

        return string.Join(Environment.NewLine, lines);
    }

    public static JsonObject ToJson(CampaignResult result, IReadOnlyList<ShrunkReproducer> reproducers)
    {
        var c = result.Campaign;
        var m = result.Metrics;
        return JsonObject.Of(
            ("definition", c.Definition),
            ("executions", c.Executions),
            ("seed", c.Seed),
            ("elapsedMs", Math.Round(result.Elapsed.TotalMilliseconds)),
            ("executionsPerSecond", Math.Round(c.Executions / Math.Max(result.Elapsed.TotalSeconds, 1e-9))),
            ("metrics", JsonObject.Of(
                ("succeeded", m.Succeeded),
                ("failed", m.Failed),
                ("timedOut", m.TimedOut),
                ("aborted", m.Aborted),
                ("faultsInjected", m.FaultsInjected),
                ("compensationRate", Math.Round(m.CompensationRate, 4)),
                ("retryRate", Math.Round(m.RetryRate, 4)),
                ("timeoutRate", Math.Round(m.TimeoutRate, 4)),
                ("criticalFailures", m.CriticalFailures))),
            ("invariants", JsonArray.From(c.Invariants.Select(i => (JsonValue)JsonObject.Of(
                ("name", i.Name),
                ("broken", result.Violations.Count(v => ReferenceEquals(v.Invariant, i))))))),
            ("reproducers", JsonArray.From(reproducers.Select(r => (JsonValue)JsonObject.Of(
                ("invariant", r.Violation.Invariant.Name),
                ("execution", r.Violation.Execution.Index),
                ("executionSeed", r.Violation.Execution.Seed),
                ("message", r.Message),
                ("faults", JsonArray.From(r.Faults.Select(f => (JsonValue)f.ToString()))),
                ("scenario", r.Scenario))))));
    }

    private static string Elapsed(CampaignResult result) =>
        $"{result.Elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture)} s ({(result.Campaign.Executions / Math.Max(result.Elapsed.TotalSeconds, 1e-9)).ToString("N0", CultureInfo.InvariantCulture)} executions/s)";
}
