using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Paths;
using EventPro.Specs.Engine.Queries;
using EventPro.Specs.Engine.Time;

namespace EventPro.Specs.Engine.States.Task;

/// <summary>
/// Running one attempt of a Task: InputPath and Parameters (JSONPath) or Arguments (JSONata), the scheduled/started events, the call
/// through the task backends (raced against TimeoutSeconds on the execution clock), then the
/// succeeded/failed/timed-out event and ResultSelector, ResultPath, OutputPath (JSONPath) or Output and Assign (JSONata).
/// A Lambda function ARN records LambdaFunction* events; service integrations record Task* events.
/// </summary>
public sealed partial class TaskState
{
    private ResourceKind? _kind;
    private HistoryEvent.SharedDetails? _resourceDetails;
    private HistoryEvent.SharedDetails? _scheduledDetails;
    private HistoryEvent.SharedDetails? _errorDetails;

    /// <summary>How AWS names this state's resource in its history.</summary>
    public ResourceKind Kind => _kind ??= ResourceKind.Of(Resource);

    /// <summary>The resourceType and resource the state's task events share (built once).</summary>
    internal HistoryEvent.SharedDetails ResourceDetails => _resourceDetails ??= new HistoryEvent.SharedDetails(Kind.ResourceType, Kind.Resource);

    /// <summary>
    /// The details of a failed or timed-out event of the state: its resource details with this error
    /// and cause. A state mostly fails the same way (a mocked or fixed error), so the last ones built
    /// are kept and shared like <see cref="ScheduledDetails"/>; a new error or cause builds new ones.
    /// </summary>
    internal HistoryEvent.SharedDetails ErrorDetails(string? error, string? cause)
    {
        var cached = _errorDetails;
        if (cached is not null && cached.HasError(error, cause))
        {
            return cached;
        }

        return _errorDetails = HistoryEvent.SharedDetails.ForError(Kind.ResourceType, Kind.Resource, error, cause);
    }

    /// <summary>
    /// The details of the state's scheduled event but its parameters: a Lambda function's resource and
    /// timeout, or a service integration's resourceType, resource, region, timeout and heartbeat. They
    /// rarely change between attempts and executions, so the last ones built are kept and shared (each
    /// attempt used to allocate its own); different values build new ones. Executions on several
    /// threads may replace them at once: any of the complete, immutable instances is right.
    /// </summary>
    internal HistoryEvent.SharedDetails ScheduledDetails(string region, long? timeout, long? heartbeat)
    {
        var (recordedRegion, recordedHeartbeat) = Kind.IsLambdaFunction ? (null, null) : (region, heartbeat);
        var cached = _scheduledDetails;
        if (cached is not null && cached.IsScheduled(recordedRegion, timeout, recordedHeartbeat))
        {
            return cached;
        }

        var resourceType = Kind.IsLambdaFunction ? null : Kind.ResourceType;
        return _scheduledDetails = HistoryEvent.SharedDetails.ForScheduled(resourceType, Kind.Resource, recordedRegion, timeout, recordedHeartbeat);
    }

    internal override async ValueTask<StateOutcome> AttemptAsync(StateRun run)
    {
        if (Kind.IsCallback)
        {
            return await AttemptCallbackAsync(run);
        }

        var (parameters, timeout, heartbeat, events) = Begin(run);

        // Only a task with a timeout needs its own cancellation (the backend sees it cancelled when the task times out).
        using var attempt = timeout is null ? null : CancellationTokenSource.CreateLinkedTokenSource(run.Branch.Cancellation);
        var invocation = new TaskInvocation(run, parameters, attempt?.Token ?? run.Branch.Cancellation)
        {
            TimeoutSeconds = timeout,
            HeartbeatSeconds = heartbeat,
        };
        var outcome = await InvokeAsync(invocation, timeout, attempt, run);
        if (outcome is null)
        {
            events.TimedOut();
            return StateOutcome.Fail(StatesErrors.Timeout, null);
        }

        if (outcome.Value.Failed)
        {
            events.Failed(outcome.Value.Error!, outcome.Value.Cause);
            return StateOutcome.Fail(outcome.Value.Error, outcome.Value.Cause);
        }

        var result = outcome.Value.Output!;
        events.Succeeded(result);
        return Finish(run, result);
    }

    /// <summary>
    /// The start every attempt shares: the effective parameters, TimeoutSeconds and HeartbeatSeconds,
    /// and the scheduled and started events recorded.
    /// </summary>
    private (JsonValue Parameters, long? Timeout, long? Heartbeat, TaskEvents Events) Begin(StateRun run)
    {
        var effective = EffectiveInput(run);
        var parameters = BuildInput(run, effective);
        var timeout = Seconds(TimeoutSeconds, TimeoutSecondsPath, TimeoutSecondsExpression, "TimeoutSecondsPath", effective, run);
        var heartbeat = Seconds(HeartbeatSeconds, HeartbeatSecondsPath, HeartbeatSecondsExpression, "HeartbeatSecondsPath", effective, run);
        var events = new TaskEvents(run, this);
        events.Scheduled(ScheduledDetails(run.Run.Options.Region, timeout, heartbeat), parameters);
        events.Started();
        return (parameters, timeout, heartbeat, events);
    }

    /// <summary>Asks each backend in turn; null when TimeoutSeconds passed first.</summary>
    private async ValueTask<TaskOutcome?> InvokeAsync(TaskInvocation invocation, long? timeout, CancellationTokenSource? timeoutCancellation, StateRun run)
    {
        if (timeout is null || timeoutCancellation is null)
        {
            return await AskBackendsAsync(invocation, run);
        }

        var call = AskBackendsAsync(invocation, run);
        if (call.IsCompleted)
        {
            return call.Result;
        }

        var callTask = call.AsTask();
        var timer = ClockDelay.WaitAsync(TimeSpan.FromSeconds(timeout.Value), run.Run.Clock, timeoutCancellation.Token);
        var first = await System.Threading.Tasks.Task.WhenAny(callTask, timer);
        if (first == callTask)
        {
            // Cancel inline, on the loop thread: CancelAsync would run the timer's removal on the thread
            // pool, leaving a moment where the loop sees no work, no timer and no outside work.
            timeoutCancellation.Cancel();
            return await callTask;
        }

        // The task timed out: the backend's call (TaskInvocation.Cancellation) is cancelled too.
        timeoutCancellation.Cancel();
        return null;
    }

    /// <summary>
    /// Asks each backend in turn until one answers. In-process backends (handlers, mocks) answer
    /// synchronously: those calls complete here without an async state machine, and only a backend
    /// that really awaits moves the rest of the asking to <see cref="AskBackendsFromAsync"/>.
    /// </summary>
    private ValueTask<TaskOutcome> AskBackendsAsync(TaskInvocation invocation, StateRun run)
    {
        var backends = run.Run.Backends;
        for (var i = 0; i < backends.Count; i++)
        {
            ValueTask<TaskOutcome?> call;
            try
            {
                call = backends[i].InvokeAsync(invocation);
            }
            catch
            {
                invocation.SettleOutsideWork();
                throw;
            }

            if (!call.IsCompletedSuccessfully)
            {
                return AskBackendsFromAsync(invocation, run, i, call);
            }

            // Back on the loop thread: outside work the backend declared cannot outlive its call.
            invocation.SettleOutsideWork();
            if (call.Result is { } answered)
            {
                return ValueTask.FromResult(answered);
            }
        }

        throw NoBackendAnswered();
    }

    /// <summary>The asking from backend <paramref name="index"/> on, whose call <paramref name="pending"/> has not completed yet.</summary>
    private async ValueTask<TaskOutcome> AskBackendsFromAsync(TaskInvocation invocation, StateRun run, int index, ValueTask<TaskOutcome?> pending)
    {
        var backends = run.Run.Backends;
        for (var i = index; i < backends.Count; i++)
        {
            TaskOutcome? outcome;
            try
            {
                outcome = await (i == index ? pending : backends[i].InvokeAsync(invocation));
            }
            finally
            {
                // Back on the loop thread: outside work the backend declared cannot outlive its call.
                invocation.SettleOutsideWork();
            }

            if (outcome is { } answered)
            {
                return answered;
            }
        }

        throw NoBackendAnswered();
    }

    // A missing backend is a test set-up mistake: fail loudly (States.Runtime cannot be caught) rather than let a Catch hide it.
    private EvaluationException NoBackendAnswered() => new(
        StatesErrors.Runtime,
        $"No task backend answered the Task state '{Name}' for the resource '{Resource}'. Register an in-process handler, a mock (scenario step or MockConfigFile test case) or an endpoint for it.");

    private static long? Seconds(int? fixedSeconds, PathExpression? path, JsonataField? expression, string field, JsonValue input, StateRun run)
    {
        if (fixedSeconds is not null)
        {
            return fixedSeconds;
        }

        if (expression is not null)
        {
            return expression.EvaluateInteger(run.Jsonata(), 1, 99_999_999);
        }

        if (path is null)
        {
            return null;
        }

        var value = path.Evaluate(input, run);
        if (value is JsonNumber n && n.TryGetInt64(out var seconds) && seconds > 0)
        {
            return seconds;
        }

        throw new EvaluationException(StatesErrors.Runtime, $"The {field} parameter must reference a positive integer: {path.Text} == {value?.ToJson() ?? "null"}");
    }
}
