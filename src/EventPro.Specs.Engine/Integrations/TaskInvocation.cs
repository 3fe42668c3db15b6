using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Integrations;

/// <summary>One call of a Task state's resource: what a backend needs to answer it.</summary>
public sealed class TaskInvocation
{
    // Created on first use: most backends answer in-process and never declare outside work.
    private List<OutsideWork>? _outsideWork;
    private Random? _random;

    internal TaskInvocation(string stateName, string resource, JsonValue parameters, int retryCount, TimeProvider clock, ExecutionInfo execution, CancellationToken cancellation)
    {
        StateName = stateName;
        Resource = resource;
        Parameters = parameters;
        RetryCount = retryCount;
        Clock = clock;
        Execution = execution;
        Cancellation = cancellation;
    }

    /// <summary>The Task state's name.</summary>
    public string StateName { get; }

    /// <summary>The Resource ARN.</summary>
    public string Resource { get; }

    /// <summary>The effective parameters (the state input after InputPath and Parameters).</summary>
    public JsonValue Parameters { get; }

    /// <summary>How many times this state was already retried (0 on the first attempt).</summary>
    public int RetryCount { get; }

    /// <summary>The execution's clock: a backend that takes time waits on it (virtual time skips the wait).</summary>
    public TimeProvider Clock { get; }

    /// <summary>The execution this call belongs to.</summary>
    public ExecutionInfo Execution { get; }

    /// <summary>Cancelled when the execution is stopped or the task times out.</summary>
    public CancellationToken Cancellation { get; }

    /// <summary>The task token, for <c>.waitForTaskToken</c> resources.</summary>
    public string? TaskToken { get; init; }

    /// <summary>The state's effective TimeoutSeconds, if any.</summary>
    public long? TimeoutSeconds { get; init; }

    /// <summary>The state's effective HeartbeatSeconds, if any.</summary>
    public long? HeartbeatSeconds { get; init; }

    /// <summary>The execution's own state bag for backends; null when a backend is called outside an execution (unit tests).</summary>
    internal ExecutionStateBag? ExecutionStateBag { get; init; }

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
        var bag = ExecutionStateBag;
        if (bag is null)
        {
            return create();
        }

        return bag.GetOrAdd(key, create);
    }

    /// <summary>The loop running the execution; null when a backend is called outside an execution (unit tests).</summary>
    internal ExecutionLoop? Loop { get; init; }

    /// <summary>The run of the Task state this call belongs to; null when a backend is called outside an execution (unit tests).</summary>
    internal StateRun? State { get; init; }

    /// <summary>
    /// The execution's seeded random source (as States.UUID draws from), so ids a backend makes up are
    /// reproducible for a seed; outside an execution, a source seeded with <see cref="ExecutionInfo.Seed"/>.
    /// </summary>
    public Random Random => State?.Run.Random ?? (_random ??= new Random(Execution.Seed));

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
            new States.Task.TaskEvents(State, task.Kind, task.ResourceDetails).Submitted(output);
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
}
