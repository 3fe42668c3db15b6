using System.Globalization;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Gherkin;
using EventPro.Specs.Harness.Chaos;
using EventPro.Specs.Harness.Chaos.Invariants;
using EventPro.Specs.Harness.Chaos.Shrinking;
using EventPro.Specs.Harness.Chaos.Strategies;
using EventPro.Specs.Harness.Coverage;
using EventPro.Specs.Harness.Steps;
using EventPro.Specs.Reports.Chaos;

namespace EventPro.Specs.Harness.Drivers;

/// <summary>
/// One scenario's chaos campaign: the strategies and inputs its Given steps declare, the run (in
/// virtual time, every execution with its own fakes), the summary in the test output and the report,
/// and the invariant checks over every execution, which shrink the first broken execution to a
/// ready-to-paste reproducer.
/// </summary>
/// <param name="execution">The scenario's execution: the definition and its input.</param>
/// <param name="fakes">The scenario's fakes: the fake set the campaign uses.</param>
/// <param name="http">The scenario's real HTTP fakes: when started, the campaign's tasks call them (and transport faults reach them).</param>
/// <param name="output">The test output.</param>
/// <param name="scenario">The running scenario, when there is one: the campaign's executions are recorded for the coverage report.</param>
public sealed class ChaosDriver(ExecutionDriver execution, FakesDriver fakes, HttpFakesDriver http, IScenarioOutput output, ScenarioContext? scenario = null)
{
    /// <summary>How many distinct executions (by path, retried states and status) a campaign adds to the coverage report.</summary>
    public const int RecordedPerCampaign = 25;

    private readonly List<ChaosStrategy> _strategies = [];
    private ChaosInputs? _inputs;
    private IReadOnlySet<string>? _compensations;
    private int _executions = 100;
    private int _seed;
    private CampaignResult? _result;
    private ChaosCampaign? _campaign;
    private ChaosCampaignSummary? _summary;

    /// <summary>The campaign's result.</summary>
    public CampaignResult Result => _result ?? throw new InvalidOperationException("The campaign has not run: add the step: When the campaign runs");

    /// <summary>The scenario's WireMock scope, for transport faults (resolved when a call is faulted).</summary>
    public Func<WireMock.WireMockScope> Scope => () => http.Scope;

    /// <summary>Sets the number of executions and the seed.</summary>
    public void Configure(int executions, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(executions, 1);
        (_executions, _seed) = (executions, seed);
    }

    /// <summary>Adds a fault strategy.</summary>
    public void Add(ChaosStrategy strategy) => _strategies.Add(strategy);

    /// <summary>Takes each execution's input from the faker named <paramref name="faker"/>.</summary>
    public void UseFaker(string faker) => _inputs = ChaosInputs.FromFaker(faker);

    /// <summary>Names the states that count as compensations in the metrics.</summary>
    public void SetCompensations(IEnumerable<string> states) => _compensations = states.ToHashSet(StringComparer.Ordinal);

    /// <summary>Runs the campaign, writes its summary to the test output and records it for the report.</summary>
    public CampaignResult Run()
    {
        _campaign = new ChaosCampaign
        {
            Machine = execution.Machine,
            Definition = execution.DefinitionReference,
            TemplateValues = execution.TemplateValues,
            Executions = _executions,
            Seed = _seed,
            Strategies = [.. _strategies],
            Inputs = _inputs ?? ChaosInputs.Fixed(execution.Input),
            Fakes = fakes.Fakes,
            Backends = http.IsStarted ? [http] : [],
            CompensationStates = _compensations,

            // Scenarios already run in parallel; a campaign on one thread leaves the others their share
            // (the WireMock scenarios measure real time). The results do not depend on it.
            MaxDegreeOfParallelism = 1,
        };
        _result = ChaosCampaignRunner.Run(_campaign);
        output.WriteLine($"   chaos campaign of {execution.DefinitionId}: {_executions} executions, seed {_seed}, inputs from {_campaign.Inputs.Description}, in {_result.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms");
        foreach (var strategy in _strategies)
        {
            output.WriteLine($"     fault: {strategy}");
        }

        foreach (var line in _result.Metrics.Describe())
        {
            output.WriteLine("     " + line);
        }

        output.WriteLine($"     compensations:     {string.Join(", ", _result.CompensationStates.Order(StringComparer.Ordinal))}");
        Record(_result);
        return _result;
    }

    /// <summary>
    /// Checks the invariant named by <paramref name="phrase"/> over every execution; when one breaks
    /// it, shrinks that execution's faults and throws with the reproducer.
    /// </summary>
    public void Expect(string phrase)
    {
        var result = Result;
        var invariant = InvariantCatalog.Parse(phrase, fakes.Fakes);
        var broken = result.Executions.Select(e => (Execution: e, Problem: invariant.Check(e))).Where(x => x.Problem is not null).ToList();
        _summary?.AddInvariant(new ChaosInvariantResult(invariant.Name, broken.Count, broken.FirstOrDefault().Problem));
        if (broken.Count == 0)
        {
            output.WriteLine($"     held in all {result.Executions.Count} executions: {invariant.Name}");
            return;
        }

        var shrunk = ScheduleShrinker.Shrink(_campaign!, new InvariantViolation(invariant, broken[0].Execution, broken[0].Problem!));
        throw new StepAssertionException(
            $"'{invariant.Name}' broke in {broken.Count} of {result.Executions.Count} executions (campaign seed {_seed}).{Environment.NewLine}{shrunk.Describe()}");
    }

    private void Record(CampaignResult result)
    {
        var m = result.Metrics;
        _summary = new ChaosCampaignSummary(
            execution.DefinitionId, scenario?.Scenario.DisplayName ?? "chaos campaign", _seed, m.Executions, m.Succeeded, m.Failed, m.TimedOut, m.FaultsInjected,
            m.CompensationRate, m.RetryRate, m.TimeoutRate, m.CriticalFailures, result.Elapsed);
        if (scenario is null)
        {
            return;
        }

        CoverageSession.Current.AddCampaign(_summary);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var run in result.Executions)
        {
            if (seen.Count >= RecordedPerCampaign)
            {
                break;
            }

            if (seen.Add(Signature(run)))
            {
                CoverageSession.Current.Record(scenario, execution.Machine, execution.DefinitionId, run.Result, $"chaos execution {run.Index}, seed {run.Seed}");
            }
        }
    }

    /// <summary>What makes an execution new to the coverage report: its path, the states it retried and how it ended.</summary>
    private static string Signature(ChaosExecution run)
    {
        var retried = run.Result.Events
            .Where(e => e.Type is HistoryEventType.TaskFailed or HistoryEventType.LambdaFunctionFailed or HistoryEventType.TaskTimedOut or HistoryEventType.LambdaFunctionTimedOut)
            .Count();
        return $"{string.Join(">", run.Result.Path)}|{retried > 0}|{string.Join(",", run.Calls.Where(c => c.Value > 1).Select(c => c.Key).Order(StringComparer.Ordinal))}|{run.Result.StatusName}|{run.Result.Error}";
    }
}
