using EventPro.Specs.Engine.ErrorHandling;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.States;
using EventPro.Specs.Engine.States.Choice;
using EventPro.Specs.Engine.States.Fail;
using EventPro.Specs.Reports.Graph;

namespace EventPro.Specs.Reports.Coverage;

/// <summary>
/// Maps a traced level run to the edges of the model it took. The history names states but not
/// edges, so each transition is inferred:
/// <list type="bullet">
/// <item>Retry i: an attempt failed and the state ran again (another TaskScheduled /
/// LambdaFunctionScheduled, or another Parallel/MapStateStarted); i is the first retrier whose
/// ErrorEquals matches the failed attempt's error, as the engine picks it.</item>
/// <item>Choice rule i: the history does not say which rule matched, only where the machine went;
/// when several rules (or a rule and Default) share that target, the first such rule is credited.</item>
/// <item>Catch i: the state's last attempt failed and the next state is a catcher's Next; among
/// catchers with that Next, the first whose ErrorEquals matches the error is credited.</item>
/// <item>End / error: the run's last state ended it (Succeed, End: true, Fail), or failed uncaught.</item>
/// </list>
/// </summary>
internal static class RunEdges
{
    public static LevelRun Resolve(TracedRun run, IReadOnlyDictionary<long, HistoryEvent> byId, bool executionFailed)
    {
        var level = run.Level;
        var edges = new List<GraphEdge>();
        if (run.Visits.Count == 0)
        {
            return new LevelRun(level.Id, run.Label, [], [], false, []);
        }

        edges.Add(level.Outgoing(level.StartId)[0]);
        var complete = false;
        for (var j = 0; j < run.Visits.Count; j++)
        {
            var visit = run.Visits[j];
            var outgoing = level.Outgoing(visit.Node.Id);
            edges.AddRange(RetryEdges(visit, outgoing, byId));
            var failed = LastAttemptFailed(visit);
            if (j + 1 < run.Visits.Count)
            {
                var target = run.Visits[j + 1].Node.Id;
                if (Transition(visit, outgoing, target, failed, byId) is { } edge)
                {
                    edges.Add(edge);
                }

                continue;
            }

            var exited = visit.Events.Any(e => e.Type.ToString().EndsWith("StateExited", StringComparison.Ordinal));
            var terminal = visit.State is FailState || (exited && !failed && visit.State.End)
                ? outgoing.FirstOrDefault(e => e.Kind == EdgeKind.End)
                : !exited && (failed || (run.Parent is null && executionFailed)) ? outgoing.FirstOrDefault(e => e.Kind == EdgeKind.Error) : null;
            if (terminal is not null)
            {
                edges.Add(terminal);
                complete = true;
            }
        }

        var ids = edges.Select(e => e.Id).ToList();
        var retries = edges.Where(e => e.Kind == EdgeKind.Retry).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var back = edges.Where(level.IsBackEdge).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var path = complete ? PathReduction.Reduce(ids, retries.Contains, back.Contains) : [];
        return new LevelRun(level.Id, run.Label, ids, run.Visits.Select(v => v.Node.Id).ToList(), complete, path);
    }

    private static GraphEdge? Transition(TracedVisit visit, IReadOnlyList<GraphEdge> outgoing, string target, bool failed, IReadOnlyDictionary<long, HistoryEvent> byId)
    {
        var toTarget = outgoing.Where(e => e.To == target && e.Kind != EdgeKind.Retry).ToList();
        if (visit.State is ChoiceState)
        {
            return toTarget.FirstOrDefault(e => e.Kind == EdgeKind.Choice) ?? toTarget.FirstOrDefault();
        }

        var catches = toTarget.Where(e => e.Kind == EdgeKind.Catch).ToList();
        var next = toTarget.FirstOrDefault(e => e.Kind == EdgeKind.Next);
        if (!failed || catches.Count == 0)
        {
            return next ?? catches.FirstOrDefault();
        }

        var error = FinalError(visit, byId);
        return (error is null ? null : catches.FirstOrDefault(e => ErrorMatcher.Matches(e.Errors, error))) ?? catches[0];
    }

    private static IEnumerable<GraphEdge> RetryEdges(TracedVisit visit, IReadOnlyList<GraphEdge> outgoing, IReadOnlyDictionary<long, HistoryEvent> byId)
    {
        var retries = outgoing.Where(e => e.Kind == EdgeKind.Retry).ToList();
        if (retries.Count == 0 || visit.State is not TaskLikeState)
        {
            yield break;
        }

        string? pendingError = null;
        var attemptFailed = false;
        var attempts = 0;
        foreach (var e in visit.Events)
        {
            if (IsAttemptStart(e.Type))
            {
                if (attempts++ > 0)
                {
                    // A composite's failed attempt leaves its error on the inner event the restart follows.
                    var error = attemptFailed ? pendingError : byId.GetValueOrDefault(e.PreviousEventId)?.Error;
                    yield return (error is null ? null : retries.FirstOrDefault(r => ErrorMatcher.Matches(r.Errors, error))) ?? retries[0];
                }

                attemptFailed = false;
                pendingError = null;
            }
            else if (IsFailure(e.Type))
            {
                attemptFailed = true;
                pendingError = e.Error;
            }
        }
    }

    private static string? FinalError(TracedVisit visit, IReadOnlyDictionary<long, HistoryEvent> byId)
    {
        var failure = visit.Events.LastOrDefault(e => IsFailure(e.Type));
        return failure?.Error ?? (failure is null ? null : byId.GetValueOrDefault(failure.PreviousEventId)?.Error);
    }

    private static bool LastAttemptFailed(TracedVisit visit)
    {
        var outcome = visit.Events.LastOrDefault(e => IsFailure(e.Type) || IsSuccess(e.Type) || IsAttemptStart(e.Type));
        return outcome is not null && IsFailure(outcome.Type);
    }

    private static bool IsAttemptStart(HistoryEventType type) => type is HistoryEventType.TaskScheduled or HistoryEventType.LambdaFunctionScheduled
        or HistoryEventType.ParallelStateStarted or HistoryEventType.MapStateStarted;

    private static bool IsSuccess(HistoryEventType type) => type is HistoryEventType.TaskSucceeded or HistoryEventType.LambdaFunctionSucceeded
        or HistoryEventType.MapStateSucceeded;

    private static bool IsFailure(HistoryEventType type) => type is HistoryEventType.TaskFailed or HistoryEventType.TaskTimedOut
        or HistoryEventType.TaskStartFailed or HistoryEventType.TaskSubmitFailed or HistoryEventType.LambdaFunctionFailed
        or HistoryEventType.LambdaFunctionTimedOut or HistoryEventType.LambdaFunctionStartFailed or HistoryEventType.LambdaFunctionScheduleFailed
        or HistoryEventType.ParallelStateFailed or HistoryEventType.MapStateFailed or HistoryEventType.EvaluationFailed;
}
