using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;

namespace EventPro.Specs.Harness.Analysis;

/// <summary>
/// What a history says about each state: how often it was entered and completed, when each attempt
/// of its work started, and the waits between a failure and the next attempt (the retry intervals).
/// Events are attributed to states through previousEventId, so Parallel branches and Map iterations
/// that interleave are told apart.
/// </summary>
public sealed class ExecutionFacts
{
    private static readonly HashSet<HistoryEventType> AttemptStarts =
    [
        HistoryEventType.TaskScheduled, HistoryEventType.LambdaFunctionScheduled, HistoryEventType.MapStateStarted, HistoryEventType.ParallelStateStarted,
    ];

    private static readonly HashSet<HistoryEventType> AttemptFailures =
    [
        HistoryEventType.TaskFailed, HistoryEventType.TaskTimedOut, HistoryEventType.LambdaFunctionFailed, HistoryEventType.LambdaFunctionTimedOut,
    ];

    private readonly ExecutionResult _result;
    private readonly Dictionary<long, string> _stateOf = [];

    /// <summary>Analyses <paramref name="result"/>.</summary>
    public ExecutionFacts(ExecutionResult result)
    {
        _result = result;
        foreach (var e in result.Events)
        {
            if (e.Type.ToString().EndsWith("StateEntered", StringComparison.Ordinal))
            {
                _stateOf[e.Id] = e.Name!;
            }
            else if (_stateOf.TryGetValue(e.PreviousEventId, out var owner) && !e.Type.ToString().EndsWith("StateExited", StringComparison.Ordinal)
                     && e.Type is not (HistoryEventType.MapIterationStarted))
            {
                _stateOf[e.Id] = owner;
            }
        }
    }

    /// <summary>How many times <paramref name="state"/> was entered.</summary>
    public int Entered(string state) => _result.Events.Count(e => e.Name == state && e.Type.ToString().EndsWith("StateEntered", StringComparison.Ordinal));

    /// <summary>How many times <paramref name="state"/> completed (exited) successfully.</summary>
    public int Completed(string state) => _result.Events.Count(e => e.Name == state && e.Type.ToString().EndsWith("StateExited", StringComparison.Ordinal));

    /// <summary>The start of each attempt of the state's work (task scheduled, Map or Parallel started).</summary>
    public IReadOnlyList<DateTimeOffset> AttemptStartTimes(string state) =>
        _result.Events.Where(e => AttemptStarts.Contains(e.Type) && OwnerOf(e) == state).Select(e => e.Timestamp).ToList();

    /// <summary>How many times the state's work was retried (attempts beyond the first per entry).</summary>
    public int Retries(string state) => Math.Max(0, AttemptStartTimes(state).Count - Entered(state));

    /// <summary>The waits, in seconds of virtual time, between each failed attempt and the retry that followed it.</summary>
    public IReadOnlyList<double> RetryIntervals(string state)
    {
        var intervals = new List<double>();
        DateTimeOffset? failedAt = null;
        foreach (var e in _result.Events)
        {
            if (OwnerOf(e) != state)
            {
                continue;
            }

            if (AttemptFailures.Contains(e.Type) || e.Type is HistoryEventType.MapIterationFailed)
            {
                failedAt = e.Timestamp;
            }
            else if (AttemptStarts.Contains(e.Type) && failedAt is { } at)
            {
                intervals.Add((e.Timestamp - at).TotalSeconds);
                failedAt = null;
            }
            else if (e.Type.ToString().EndsWith("StateEntered", StringComparison.Ordinal))
            {
                failedAt = null;
            }
        }

        return intervals;
    }

    /// <summary>
    /// How long the first run of <paramref name="state"/> lasted on the execution's clock: from its
    /// entered event to its next exited event, or to the end of the execution when it never exited
    /// (it failed, or the execution stopped in it). Null when the state never ran.
    /// </summary>
    public TimeSpan? FirstRunDuration(string state)
    {
        var entered = FirstEntry(state);
        if (entered < 0)
        {
            return null;
        }

        for (var i = entered + 1; i < _result.Events.Count; i++)
        {
            var e = _result.Events[i];
            if (e.Name == state && e.Type.ToString().EndsWith("StateExited", StringComparison.Ordinal))
            {
                return e.Timestamp - _result.Events[entered].Timestamp;
            }
        }

        return _result.StopDate - _result.Events[entered].Timestamp;
    }

    /// <summary>The index of the first event that entered <paramref name="state"/>, or -1.</summary>
    public int FirstEntry(string state) => IndexOf(state, "StateEntered", last: false);

    /// <summary>The index of the last event that exited <paramref name="state"/>, or -1.</summary>
    public int LastExit(string state) => IndexOf(state, "StateExited", last: true);

    /// <summary>Index of the first entry of <paramref name="state"/> after event index <paramref name="after"/>, or -1.</summary>
    public int EntryAfter(string state, int after)
    {
        for (var i = after + 1; i < _result.Events.Count; i++)
        {
            var e = _result.Events[i];
            if (e.Name == state && e.Type.ToString().EndsWith("StateEntered", StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private string? OwnerOf(HistoryEvent e) => _stateOf.GetValueOrDefault(e.Id);

    private int IndexOf(string state, string suffix, bool last)
    {
        var found = -1;
        for (var i = 0; i < _result.Events.Count; i++)
        {
            var e = _result.Events[i];
            if (e.Name == state && e.Type.ToString().EndsWith(suffix, StringComparison.Ordinal))
            {
                found = i;
                if (!last)
                {
                    return i;
                }
            }
        }

        return found;
    }
}
