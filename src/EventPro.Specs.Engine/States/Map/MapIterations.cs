using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.States.Map;

/// <summary>
/// The iterations of one Map attempt. Event links follow AWS: an iteration's MapIterationStarted
/// follows the last state event of the previous iteration; MapIterationSucceeded/Failed follow the
/// iteration's last event without becoming the next iteration's predecessor.
/// </summary>
internal sealed class MapIterations
{
    private readonly MapState _state;
    private readonly StateRun _run;
    private readonly JsonArray _items;
    private readonly JsonValue _effectiveInput;
    // An iteration's output, null until it succeeds; handed over as the state's output array.
    private readonly JsonValue[] _outputs;
    private readonly MapItemContext _itemContext;
    private long _mapCursor;

    // An ended iteration's branch, when the item processor is OnlySharedRuns (nothing refers to it
    // then): the next iteration restarts it instead of allocating a branch and its run object.
    private Branch? _endedBranch;

    // Where the attempt's iterations stand. Fields rather than locals of RunAsync: an async local
    // function reading them made a closure object besides its own state.
    private CancellationTokenSource? _stop;
    private int _limit;
    private int? _toleratedCount;
    private double? _toleratedPercentage;
    private int _next;
    private int _failures;
    private BranchOutcome _firstFailure;

    // The iterations that awaited something and have not ended, created when the first one does.
    private List<System.Threading.Tasks.Task<BranchOutcome>>? _inFlight;

    // Whether the attempt stopped its iterations (a failure beyond the threshold, a failed ItemSelector).
    private bool _stopped;

    public MapIterations(MapState state, StateRun run, JsonArray items, JsonValue effectiveInput, long startedEventId)
    {
        _state = state;
        _run = run;
        _items = items;
        _effectiveInput = effectiveInput;
        _outputs = new JsonValue[items.Count];
        _itemContext = new MapItemContext(run);
        _mapCursor = startedEventId;
        LastInnerEventId = startedEventId;
        LastIterationEventId = startedEventId;
    }

    /// <summary>The last event recorded inside an iteration (MapStateFailed follows it).</summary>
    public long LastInnerEventId { get; private set; }

    /// <summary>The last MapIteration* event (MapStateSucceeded and MapStateExited follow it).</summary>
    public long LastIterationEventId { get; private set; }

    public async ValueTask<BranchOutcome> RunAsync(int maxConcurrency, int? toleratedCount, double? toleratedPercentage)
    {
        // Iterations of Pass/Choice/Succeed/Fail states never await, so none is ever running when another
        // fails and nothing needs a token of its own: those Maps make no linked token source.
        using var stop = _state.ItemProcessor.OnlySharedRuns ? null : CancellationTokenSource.CreateLinkedTokenSource(_run.Branch.Cancellation);
        _stop = stop;
        _limit = maxConcurrency <= 0 ? int.MaxValue : maxConcurrency;
        _toleratedCount = toleratedCount;
        _toleratedPercentage = toleratedPercentage;
        try
        {
            await RunIterationsAsync();
        }
        catch (StatesException)
        {
            // An item's ItemSelector failed: the state fails with that error, so the iterations already
            // running are stopped and awaited first (none may record events after the state's failure).
            StopSiblings();
            await DrainAsync(_inFlight);
            throw;
        }

        if (_stopped && !_run.Branch.Cancellation.IsCancellationRequested)
        {
            return ThresholdFailure(_firstFailure, toleratedCount, toleratedPercentage);
        }

        // A failed iteration within the tolerated threshold outputs null. Filled in place, so the array
        // becomes the output rather than being copied into a second one.
        for (var i = 0; i < _outputs.Length; i++)
        {
            _outputs[i] ??= JsonNull.Instance;
        }

        return BranchOutcome.Success(JsonArray.Adopt(_outputs));
    }

    private async ValueTask RunIterationsAsync()
    {
        var branch = _run.Branch.Cancellation;
        while (_next < _items.Count || _inFlight is { Count: > 0 })
        {
            // Stopped by the attempt or with the branch (as a linked token source would be).
            while (_next < _items.Count && (_inFlight?.Count ?? 0) < _limit && !_stopped && !branch.IsCancellationRequested)
            {
                var iteration = RunOneAsync(_next++, _stop?.Token ?? branch);
                if (iteration.IsCompleted)
                {
                    if (Count(iteration.Result))
                    {
                        StopSiblings();
                    }
                }
                else
                {
                    (_inFlight ??= []).Add(iteration.AsTask());
                }
            }

            if (_inFlight is not { Count: > 0 } inFlight)
            {
                break;
            }

            var done = await System.Threading.Tasks.Task.WhenAny(inFlight);
            inFlight.Remove(done);
            BranchOutcome outcome;
            try
            {
                outcome = await done;
            }
            catch (OperationCanceledException) when (_stopped && !branch.IsCancellationRequested)
            {
                continue;
            }

            if (Count(outcome))
            {
                StopSiblings();
            }
        }
    }

    /// <summary>
    /// Stops the other iterations inline, on the loop thread: CancelAsync runs the callbacks (their
    /// timers' removal) on the thread pool, leaving a moment where the loop sees no work, no timer and
    /// no outside work, and fails the execution as "waiting for nothing" (or lets the virtual clock jump).
    /// </summary>
    private void StopSiblings()
    {
        _stopped = true;
        _stop?.Cancel();
    }

    private static async ValueTask DrainAsync(List<System.Threading.Tasks.Task<BranchOutcome>>? inFlight)
    {
        foreach (var running in inFlight ?? [])
        {
            try
            {
                await running;
            }
            catch (Exception e) when (e is OperationCanceledException or StatesException)
            {
                // Stopped because a sibling's ItemSelector failed; its own outcome no longer matters.
            }
        }
    }

    /// <summary>Counts an iteration's end; true when the failures now exceed what the state tolerates.</summary>
    private bool Count(BranchOutcome outcome)
    {
        if (!outcome.Failed)
        {
            return false;
        }

        if (_failures++ == 0)
        {
            _firstFailure = outcome;
        }

        var countExceeded = _failures > (_toleratedCount ?? 0);
        var percentageExceeded = _toleratedPercentage is { } pct ? _failures * 100.0 / _items.Count > pct : countExceeded;
        return _toleratedCount is null && _toleratedPercentage is null ? countExceeded : countExceeded && percentageExceeded;
    }

    private static BranchOutcome ThresholdFailure(BranchOutcome first, int? toleratedCount, double? toleratedPercentage) =>
        toleratedCount is null && toleratedPercentage is null
            ? first
            : BranchOutcome.Failure(StatesErrors.ExceedToleratedFailureThreshold, "The specified tolerated failure threshold was exceeded");

    private async ValueTask<BranchOutcome> RunOneAsync(int index, CancellationToken cancellation)
    {
        var item = _items[index];
        var exec = _run.Run;
        var input = _state.SelectItem(_itemContext, _run, _effectiveInput, index, item);
        var started = exec.Record(new HistoryEvent(exec.NextEventId, _mapCursor, exec.Now, HistoryEventType.MapIterationStarted) { Name = _state.Name, Index = index });
        var branch = _endedBranch?.Restart(_state.ItemProcessor, started.Id, cancellation) ?? new Branch(exec, _state.ItemProcessor, _run.Branch.Variables, started.Id, cancellation);
        _endedBranch = null;
        var outcome = await branch.RunAsync(input);
        var type = outcome.Failed ? HistoryEventType.MapIterationFailed : HistoryEventType.MapIterationSucceeded;
        var ended = exec.Record(new HistoryEvent(exec.NextEventId, branch.Cursor, exec.Now, type) { Name = _state.Name, Index = index });
        _mapCursor = branch.Cursor;
        LastInnerEventId = branch.Cursor;
        LastIterationEventId = ended.Id;
        if (_state.ItemProcessor.OnlySharedRuns)
        {
            _endedBranch = branch;
        }

        if (!outcome.Failed)
        {
            _outputs[index] = outcome.Output!;
        }

        return outcome;
    }
}
