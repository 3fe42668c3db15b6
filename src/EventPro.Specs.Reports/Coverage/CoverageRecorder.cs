using System.Collections.Concurrent;
using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Reports.CoveragePaths;
using EventPro.Specs.Reports.Graph;

namespace EventPro.Specs.Reports.Coverage;

/// <summary>
/// Collects executions from scenarios (which run in parallel: every member is thread-safe) and
/// derives which states, edges and paths each one covered. <see cref="Snapshot"/> returns the
/// coverage model the report, the JSON, the summary and the gate are made from.
/// </summary>
/// <example>
/// <code>
/// var recorder = new CoverageRecorder();
/// var result = engine.Execute(machine, input);
/// recorder.Record(machine, result, "Checkout with a declined card", ["@payments"]);
/// HtmlReportWriter.Write(recorder.Snapshot(), "reports");
/// </code>
/// </example>
public sealed class CoverageRecorder
{
    private readonly ConcurrentDictionary<string, Lazy<DefinitionEntry>> _definitions = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ExecutionRecord> _records = new();
    private readonly int _pathLimit;
    private long _sequence;

    /// <summary>Creates a recorder listing at most <paramref name="pathLimit"/> paths per level.</summary>
    public CoverageRecorder(int pathLimit = PathEnumerator.DefaultLimit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pathLimit, 1);
        _pathLimit = pathLimit;
    }

    /// <summary>
    /// Adds a definition to the report even if no scenario runs it (it then shows as 0% covered).
    /// Registering the same id again keeps the first definition.
    /// </summary>
    /// <param name="machine">The definition.</param>
    /// <param name="definitionId">Its id; by default the file name without <c>.asl.json</c>, see <see cref="DefinitionIdOf"/>.</param>
    public void Register(StateMachine machine, string? definitionId = null) => Entry(machine, definitionId);

    /// <summary>
    /// Records one execution of <paramref name="machine"/> and returns what it covered. Every child
    /// execution it started (<see cref="ExecutionResult.ChildExecutions"/>, and theirs in turn) is
    /// recorded too, under its own definition and the same scenario, exactly as if the scenario had
    /// run it: a child's states count toward the child state machine's coverage, not its parent's.
    /// </summary>
    /// <param name="machine">The definition that ran.</param>
    /// <param name="result">The execution's result.</param>
    /// <param name="scenario">The scenario name.</param>
    /// <param name="tags">The scenario's tags, if any.</param>
    /// <param name="definitionId">The definition's id; by default <see cref="DefinitionIdOf"/>.</param>
    /// <returns>The execution's record; its <see cref="ExecutionRecord.Children"/> are its children's.</returns>
    public ExecutionRecord Record(StateMachine machine, ExecutionResult result, string scenario, IEnumerable<string>? tags = null, string? definitionId = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentException.ThrowIfNullOrEmpty(scenario);
        return RecordTree(Entry(machine, definitionId), result, scenario, tags?.ToList() ?? [], startedBy: null);
    }

    private ExecutionRecord RecordTree(DefinitionEntry entry, ExecutionResult result, string scenario, IReadOnlyList<string> tags, ParentTask? startedBy)
    {
        var children = result.ChildExecutions
            .Select(child => RecordTree(Entry(child.Machine, ChildDefinitionId(child)), child.Result, scenario, tags, new ParentTask(entry.Id, child.StateName, child.Pattern)))
            .ToList();
        var byId = result.Events.ToDictionary(e => e.Id);
        var failed = result.Status == ExecutionStatus.Failed;
        var runs = HistoryTracer.Trace(result, entry.Graph)
            .Select(run => RunEdges.Resolve(run, byId, failed))
            .ToList();
        var paths = runs
            .Where(r => r.Complete)
            .Select(r => entry.PathOf(r.PathEdgeIds)?.Id)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var record = new ExecutionRecord(scenario, tags, entry.Id, result, runs, paths, Interlocked.Increment(ref _sequence)) { Children = children, StartedBy = startedBy };
        _records.Enqueue(record);
        return record;
    }

    /// <summary>
    /// A child's definition id: the one a scenario running its file would have (<see cref="DefinitionIdOf"/>),
    /// or, for a state machine not read from a file, the name its parent started it by.
    /// </summary>
    private static string ChildDefinitionId(Engine.Integrations.Nested.ChildExecution child) =>
        child.Machine.Source is null ? child.Result.Info.StateMachineName : DefinitionIdOf(child.Machine);

    /// <summary>The coverage of every registered or recorded definition so far.</summary>
    public CoverageModel Snapshot()
    {
        var records = _records.ToArray();
        var definitions = _definitions.Values
            .Select(d => d.Value)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => new DefinitionCoverage(d.Id, d.File, d.Graph, d.PathSets, records.Where(r => r.DefinitionId == d.Id).OrderBy(r => r.Sequence).ToList()))
            .ToList();
        return new CoverageModel(definitions);
    }

    /// <summary>The default definition id: the file name without <c>.asl.json</c> / <c>.json</c>, or <c>StateMachine</c> when the machine was not read from a file.</summary>
    public static string DefinitionIdOf(StateMachine machine)
    {
        ArgumentNullException.ThrowIfNull(machine);
        if (machine.Source is null)
        {
            return "StateMachine";
        }

        var name = Path.GetFileName(machine.Source);
        foreach (var suffix in new[] { ".asl.json", ".json" })
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }

    private DefinitionEntry Entry(StateMachine machine, string? definitionId)
    {
        ArgumentNullException.ThrowIfNull(machine);
        var id = definitionId ?? DefinitionIdOf(machine);
        var lazy = _definitions.GetOrAdd(id, key => new Lazy<DefinitionEntry>(() => new DefinitionEntry(key, machine.Source, StateMachineGraph.Build(machine), _pathLimit)));
        return lazy.Value;
    }
}
