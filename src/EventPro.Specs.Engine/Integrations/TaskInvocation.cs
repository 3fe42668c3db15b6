using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Integrations;

/// <summary>One call of a Task state's resource: what a backend needs to answer it.</summary>
public sealed class TaskInvocation
{
    // Created on first use: most backends answer in-process and never declare outside work.
    private List<OutsideWork>? _outsideWork;

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
