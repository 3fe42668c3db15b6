using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.States.Map;
using EventPro.Specs.Engine.States.Parallel;
using EventPro.Specs.Reports.Graph;

namespace EventPro.Specs.Reports.Coverage;

/// <summary>
/// Splits an execution's history into level runs. Parallel branches and Map iterations interleave,
/// so events are attributed through previousEventId, which AWS (and the engine) set to the previous
/// event of the same branch: a state entered right after ParallelStateStarted opens the next branch
/// (branches are started in order), one entered right after MapIterationStarted opens an iteration.
/// The Parallel/Map state's own events (Started, Succeeded, Failed, Exited, iteration events) follow
/// the last event of an inner branch, so they are given to the nearest enclosing run whose current
/// Parallel/Map state is still open. An EvaluationFailed event (a JSONata field of the state failed)
/// carries the previousEventId of its state's Entered event, not the id of the event before it
/// (recorded on AWS, shared/conformance/aws-recorded "UNDEFINED_OUTPUT_FIELD": Entered #2 and
/// EvaluationFailed #3 both point at #0), so it is given to the run that entered that state.
/// </summary>
internal static class HistoryTracer
{
    public static IReadOnlyList<TracedRun> Trace(ExecutionResult result, StateMachineGraph graph)
    {
        var root = new TracedRun(graph.Top, null, "execution");
        var runs = new List<TracedRun> { root };
        var owner = new Dictionary<long, TracedRun>();
        var byId = new Dictionary<long, HistoryEvent>();
        var branchesOpened = new Dictionary<long, int>();
        var enteredBy = new Dictionary<(long PreviousEventId, string Name), TracedRun>();
        foreach (var e in result.Events)
        {
            byId[e.Id] = e;
            var previous = owner.GetValueOrDefault(e.PreviousEventId) ?? root;
            TracedRun run;
            if (e.Type.ToString().EndsWith("StateEntered", StringComparison.Ordinal) && e.Name is not null)
            {
                run = OpenRun(e, byId.GetValueOrDefault(e.PreviousEventId), previous, graph, branchesOpened, runs);
                enteredBy[(e.PreviousEventId, e.Name)] = run;
                var node = run.Level.StateNode(e.Name);
                if (node is null)
                {
                    throw new InvalidOperationException($"The history enters state '{e.Name}' (event {e.Id}), which level '{run.Level.Title}' of the definition does not have: was the execution run with another definition?");
                }

                var state = run.Level.Source.States[e.Name];
                run.Visits.Add(new TracedVisit(state, node));
                run.CompositeOpen = state is ParallelState or MapState;
            }
            else if (e.Type == HistoryEventType.EvaluationFailed && e.Name is not null && enteredBy.TryGetValue((e.PreviousEventId, e.Name), out var entering))
            {
                run = entering;
            }
            else if (Family(e.Type) is { } family)
            {
                run = EnclosingOpen(previous, family, e.Name) ?? previous;
                if (IsClosing(e.Type))
                {
                    run.CompositeOpen = false;
                }
            }
            else
            {
                run = previous;
            }

            run.Current?.Events.Add(e);
            owner[e.Id] = run;
        }

        return runs;
    }

    private static TracedRun OpenRun(HistoryEvent entered, HistoryEvent? previousEvent, TracedRun previous, StateMachineGraph graph, Dictionary<long, int> branchesOpened, List<TracedRun> runs)
    {
        if (previousEvent is null || previous.Current is not { } parentVisit)
        {
            return previous;
        }

        string levelId;
        string label;
        if (previousEvent.Type == HistoryEventType.ParallelStateStarted && parentVisit.State is ParallelState parallel)
        {
            var k = branchesOpened.GetValueOrDefault(previousEvent.Id);
            branchesOpened[previousEvent.Id] = k + 1;

            // Branches start in order; if the names disagree (should not happen) trust the StartAt name.
            if (k >= parallel.Branches.Count || parallel.Branches[k].StartAt != entered.Name)
            {
                k = Math.Max(0, parallel.Branches.ToList().FindIndex(b => b.StartAt == entered.Name));
            }

            levelId = parentVisit.Node.ChildLevelIds[k];
            label = $"branch {k}";
        }
        else if (previousEvent.Type == HistoryEventType.MapIterationStarted && parentVisit.State is MapState)
        {
            levelId = parentVisit.Node.ChildLevelIds[0];
            label = $"item {previousEvent.Index ?? 0}";
        }
        else
        {
            return previous;
        }

        var run = new TracedRun(graph.Level(levelId), previous, label);
        runs.Add(run);
        return run;
    }

    private static TracedRun? EnclosingOpen(TracedRun from, Type family, string? name)
    {
        for (var run = from; run is not null; run = run.Parent)
        {
            if (run.CompositeOpen && run.Current is { } visit && family.IsInstanceOfType(visit.State) && (name is null || name == visit.State.Name))
            {
                return run;
            }
        }

        return null;
    }

    /// <summary>The state class whose own events these are, or null for events of any state.</summary>
    private static Type? Family(HistoryEventType type) => type switch
    {
        HistoryEventType.ParallelStateStarted or HistoryEventType.ParallelStateSucceeded or HistoryEventType.ParallelStateFailed
            or HistoryEventType.ParallelStateAborted or HistoryEventType.ParallelStateExited => typeof(ParallelState),
        HistoryEventType.MapStateStarted or HistoryEventType.MapStateSucceeded or HistoryEventType.MapStateFailed
            or HistoryEventType.MapStateAborted or HistoryEventType.MapStateExited or HistoryEventType.MapIterationStarted
            or HistoryEventType.MapIterationSucceeded or HistoryEventType.MapIterationFailed or HistoryEventType.MapIterationAborted => typeof(MapState),
        _ => null,
    };

    /// <summary>Failed is recorded only once no retrier runs the state again, so it closes the state like Exited.</summary>
    private static bool IsClosing(HistoryEventType type) => type is HistoryEventType.ParallelStateFailed or HistoryEventType.ParallelStateAborted
        or HistoryEventType.ParallelStateExited or HistoryEventType.MapStateFailed or HistoryEventType.MapStateAborted or HistoryEventType.MapStateExited;
}
