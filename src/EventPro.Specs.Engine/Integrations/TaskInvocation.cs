using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Integrations;

/// <summary>One call of a Task state's resource: what a backend needs to answer it.</summary>
public sealed class TaskInvocation
{
    // Created on first use: most backends answer in-process and never declare outside work.
    private List<OutsideWork>? _outsideWork;

    // What a call outside an execution (a backend's unit test) has instead of a state's run.
    private readonly Detached? _detached;

    // Numbers and flags rather than two Nullable<long> fields (16 bytes each): one invocation per Task attempt.
    private readonly long _timeoutSeconds;
    private readonly long _heartbeatSeconds;
    private readonly bool _hasTimeout;
    private readonly bool _hasHeartbeat;

    // In an execution, what the state and the execution already hold (names, clock, loop, bag) is
    // read through the state's run rather than copied: one invocation per Task attempt, 48 bytes smaller.
    // A Task state's run is its own (State.SharesBranchRun is false for Task), so a backend that keeps
    // the invocation still reads this state's name and resource after the branch moved on.
    internal TaskInvocation(StateRun state, JsonValue parameters, CancellationToken cancellation)
    {
        State = state;
        Parameters = parameters;
        RetryCount = state.RetryCount;
        Cancellation = cancellation;
    }

    /// <summary>A call outside an execution (backend unit tests reach it by reflection).</summary>
    internal TaskInvocation(string stateName, string resource, JsonValue parameters, int retryCount, TimeProvider clock, ExecutionInfo execution, CancellationToken cancellation)
    {
        _detached = new Detached(stateName, resource, clock, execution);
        Parameters = parameters;
        RetryCount = retryCount;
        Cancellation = cancellation;
    }

    /// <summary>The Task state's name.</summary>
    public string StateName => State?.State.Name ?? _detached!.StateName;

    /// <summary>The Resource ARN.</summary>
    public string Resource => State is { State: States.Task.TaskState task } ? task.Resource : _detached!.Resource;

    /// <summary>The effective parameters (the state input after InputPath and Parameters).</summary>
    public JsonValue Parameters { get; }

    /// <summary>How many times this state was already retried (0 on the first attempt).</summary>
    public int RetryCount { get; }

    /// <summary>The execution's clock: a backend that takes time waits on it (virtual time skips the wait).</summary>
    public TimeProvider Clock => State?.Run.Clock ?? _detached!.Clock;

    /// <summary>The execution this call belongs to.</summary>
    public ExecutionInfo Execution => State?.Run.Info ?? _detached!.Execution;

    /// <summary>Cancelled when the execution is stopped or the task times out.</summary>
    public CancellationToken Cancellation { get; }

    /// <summary>The task token, for <c>.waitForTaskToken</c> resources.</summary>
    public string? TaskToken { get; init; }

    /// <summary>The state's effective TimeoutSeconds, if any.</summary>
    public long? TimeoutSeconds
    {
        get => _hasTimeout ? _timeoutSeconds : null;
        init => (_hasTimeout, _timeoutSeconds) = (value is not null, value ?? 0);
    }

    /// <summary>The state's effective HeartbeatSeconds, if any.</summary>
    public long? HeartbeatSeconds
    {
        get => _hasHeartbeat ? _heartbeatSeconds : null;
        init => (_hasHeartbeat, _heartbeatSeconds) = (value is not null, value ?? 0);
    }

    /// <summary>
    /// State a backend keeps for the whole execution this call belongs to (e.g. Step Functions Local's
    /// per-execution invocation counters), created by <paramref name="create"/> on first use and
    /// dropped with the execution. Outside an execution (a backend called directly), a fresh value.
    /// </summary>
    /// <param name="key">The backend's key (usually the backend itself).</param>
    /// <param name="create">Creates the state.</param>
    public T ExecutionState<T>(object key, Func<T> create)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(create);
        return State is null ? create() : State.Run.BackendState.GetOrAdd(key, create);
    }

    /// <summary>The loop running the execution; null when a backend is called outside an execution (unit tests).</summary>
    internal ExecutionLoop? Loop => State?.Run.Loop;

    /// <summary>The run of the Task state this call belongs to; null when a backend is called outside an execution (unit tests).</summary>
    internal StateRun? State { get; }

    /// <summary>
    /// The execution's seeded random source (as States.UUID draws from), so ids a backend makes up are
    /// reproducible for a seed; outside an execution, a source seeded with <see cref="ExecutionInfo.Seed"/>.
    /// </summary>
    public Random Random => State?.Run.Random ?? (_detached!.Random ??= new Random(Execution.Seed));

    /// <summary>The execution this call belongs to, for starting a child on its loop; null outside an execution.</summary>
    internal ExecutionRun? Run => State?.Run;

    /// <summary>
    /// Records the TaskSubmitted event of a <c>.sync</c> task: AWS records it, with the API's answer
    /// as output, once the job was started and before the task ends ("Run a Job (.sync)" pattern).
    /// Does nothing outside an execution.
    /// </summary>
    public void RecordSubmitted(JsonValue output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (State is { State: States.Task.TaskState task })
        {
            new States.Task.TaskEvents(State, task).Submitted(output);
        }
    }

    /// <summary>
    /// Declares real work outside the execution (an HTTP call) until the returned scope is disposed:
    /// meanwhile virtual time stands still and the execution waits for the work instead of jumping
    /// to its next timer. <c>using var _ = invocation.BeginOutsideWork();</c> before the first await
    /// of the real call.
    /// </summary>
    public OutsideWork BeginOutsideWork()
    {
        var work = new OutsideWork(this, Loop);
        var open = LazyInitializer.EnsureInitialized(ref _outsideWork);
        lock (open)
        {
            open.Add(work);
        }

        Loop?.BeginOutsideWork();
        return work;
    }

    /// <summary>Ends every scope the backend left open; called on the loop thread once the backend's call returned.</summary>
    internal void SettleOutsideWork()
    {
        if (_outsideWork is null)
        {
            return;
        }

        OutsideWork[] open;
        lock (_outsideWork)
        {
            open = [.. _outsideWork];
        }

        foreach (var work in open)
        {
            work.End();
        }
    }

    /// <summary>Drops an ended scope.</summary>
    internal void Forget(OutsideWork work)
    {
        if (_outsideWork is null)
        {
            return;
        }

        lock (_outsideWork)
        {
            _outsideWork.Remove(work);
        }
    }

    /// <summary>The names, clock and random source of a call made outside an execution.</summary>
    private sealed class Detached(string stateName, string resource, TimeProvider clock, ExecutionInfo execution)
    {
        public string StateName { get; } = stateName;

        public string Resource { get; } = resource;

        public TimeProvider Clock { get; } = clock;

        public ExecutionInfo Execution { get; } = execution;

        public Random? Random { get; set; }
    }
}
