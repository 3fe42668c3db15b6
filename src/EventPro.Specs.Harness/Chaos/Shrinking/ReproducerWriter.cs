using System.Globalization;
using System.Text;
using EventPro.Specs.Harness.Chaos.Invariants;

namespace EventPro.Specs.Harness.Chaos.Shrinking;

/// <summary>
/// Writes a shrunk fault schedule as a ready-to-paste Gherkin feature in the harness's own step
/// vocabulary: the definition, the input the campaign generated, the workflow's fakes, one task step
/// per fault (<c>Given the task "X" fails with "E"</c>, <c>fails 2 times with</c>, <c>call 3 of the task
/// "X" takes 40 seconds</c>, …), the run with the execution's seed, and the invariant's Then step.
/// The steps mean exactly what the replay did, so the scenario fails the same way.
/// </summary>
public static class ReproducerWriter
{
    /// <summary>The feature text.</summary>
    public static string Write(ChaosCampaign campaign, InvariantViolation violation, IReadOnlyList<ScheduledFault> faults, ChaosExecution replay)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(violation);
        ArgumentNullException.ThrowIfNull(faults);
        ArgumentNullException.ThrowIfNull(replay);
        var text = new StringBuilder();
        text.AppendLine("Feature: Chaos reproducer").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"  Scenario: {Title(campaign, violation, faults)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"    # Campaign seed {campaign.Seed}, execution {violation.Execution.Index} (seed {violation.Execution.Seed}); {faults.Count} of its {violation.Execution.Faults.Count} faults kept.");
        text.Append("    Given the state machine ").Append(Quote(campaign.Definition));
        if (campaign.TemplateValues.Count == 0)
        {
            text.AppendLine();
        }
        else
        {
            text.AppendLine(" with the values:");
            Table(text, ["name", "value"], campaign.TemplateValues.Select(v => new[] { v.Key, v.Value }));
        }

        text.AppendLine("    And the input:").AppendLine("      \"\"\"json");
        foreach (var line in violation.Execution.Input.ToIndentedJson().Split('\n'))
        {
            text.Append("      ").AppendLine(line.TrimEnd('\r'));
        }

        text.AppendLine("      \"\"\"");
        if (campaign.Fakes is not null)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"    And the {Quote(campaign.Fakes.Name)} fakes answer the tasks");
        }
        else
        {
            text.AppendLine("    # The campaign's tasks were answered by its own backends: declare them here.");
        }

        foreach (var step in FaultSteps(faults, replay.Calls))
        {
            text.Append(step.StartsWith('#') ? "    " : "    And ").AppendLine(step);
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"    When the execution runs with seed {violation.Execution.Seed}");
        text.Append("    Then ").AppendLine(violation.Invariant.ScenarioStep);
        return text.ToString();
    }

    /// <summary>The Given steps for a schedule, per state in the order of its first fault.</summary>
    public static IReadOnlyList<string> FaultSteps(IReadOnlyList<ScheduledFault> faults, IReadOnlyDictionary<string, int> calls)
    {
        ArgumentNullException.ThrowIfNull(faults);
        ArgumentNullException.ThrowIfNull(calls);
        var steps = new List<string>();
        foreach (var group in faults.GroupBy(f => f.State, StringComparer.Ordinal))
        {
            var state = group.Key;
            var ordered = group.OrderBy(f => f.Call).ToList();
            var prefix = ordered.Select((f, i) => f.Call == i).All(x => x);
            var same = ordered.All(f => f.Fault.Equals(ordered[0].Fault));
            var every = prefix && ordered.Count == calls.GetValueOrDefault(state);
            if (prefix && same && ordered[0].Fault is FaultInjection.Fail fail)
            {
                var times = every ? string.Empty : $" {ordered.Count.ToString(CultureInfo.InvariantCulture)} time{(ordered.Count == 1 ? string.Empty : "s")}";
                steps.Add($"the task {Quote(state)} fails{times} with {Quote(fail.Error)}{Cause(fail.Cause)}");
            }
            else if (every && same && ordered[0].Fault is FaultInjection.Slow slow && IsWholeSeconds(slow.Delay))
            {
                steps.Add($"the task {Quote(state)} takes {Seconds(slow.Delay)}");
            }
            else if (every && same && ordered[0].Fault is FaultInjection.Answer answer)
            {
                steps.Add($"the task {Quote(state)} returns {answer.Result.ToJson()}");
            }
            else
            {
                steps.AddRange(ordered.Select(f => CallStep(f)));
            }
        }

        return steps;
    }

    private static string CallStep(ScheduledFault fault)
    {
        var call = $"call {(fault.Call + 1).ToString(CultureInfo.InvariantCulture)} of the task {Quote(fault.State)}";
        return fault.Fault switch
        {
            FaultInjection.Fail fail => $"{call} fails with {Quote(fail.Error)}{Cause(fail.Cause)}",
            FaultInjection.Slow slow when IsWholeSeconds(slow.Delay) => $"{call} takes {Seconds(slow.Delay)}",
            FaultInjection.Answer answer => $"{call} returns {answer.Result.ToJson()}",
            FaultInjection.SlowThen { Then: FaultInjection.Fail fail } slowThen when IsWholeSeconds(slowThen.Delay) =>
                $"{call} takes {Seconds(slowThen.Delay)} and then fails with {Quote(fail.Error)}{Cause(fail.Cause)}",
            FaultInjection.Transport transport => $"# {call}: the real HTTP fake {transport.Describe()} (no step pins a transport fault to one call; stub it with the WireMock steps)",
            _ => $"# {call} {fault.Fault.Describe()} (no step expresses this fault)",
        };
    }

    private static string Title(ChaosCampaign campaign, InvariantViolation violation, IReadOnlyList<ScheduledFault> faults) =>
        $"{StepFunctionsName(campaign)} breaks \"{violation.Invariant.Name.Replace("\"", "'", StringComparison.Ordinal)}\" with {faults.Count} fault{(faults.Count == 1 ? string.Empty : "s")}";

    private static string StepFunctionsName(ChaosCampaign campaign) => campaign.StateMachineName;

    private static string Cause(string? cause) => cause is null ? string.Empty : $" and cause {Quote(cause)}";

    private static bool IsWholeSeconds(TimeSpan delay) => delay.Ticks % TimeSpan.TicksPerSecond == 0;

    private static string Seconds(TimeSpan delay)
    {
        var seconds = (long)delay.TotalSeconds;
        return $"{seconds.ToString(CultureInfo.InvariantCulture)} second{(seconds == 1 ? string.Empty : "s")}";
    }

    /// <summary>A Gherkin {string} argument: in double quotes, with backslashes and quotes escaped.</summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }

    private static void Table(StringBuilder text, string[] header, IEnumerable<string[]> rows)
    {
        var all = new List<string[]> { header };
        all.AddRange(rows.Select(r => r.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal)).ToArray()));
        var widths = Enumerable.Range(0, header.Length).Select(i => all.Max(r => r[i].Length)).ToArray();
        foreach (var row in all)
        {
            text.Append("      |");
            for (var i = 0; i < row.Length; i++)
            {
                text.Append(' ').Append(row[i].PadRight(widths[i])).Append(" |");
            }

            text.AppendLine();
        }
    }
}
