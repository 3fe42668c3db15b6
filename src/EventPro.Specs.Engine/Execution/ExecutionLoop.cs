using EventPro.Specs.Engine.Time;

namespace EventPro.Specs.Engine.Execution;

/// <summary>
/// Runs one execution's asynchronous work on the calling thread. Every continuation (branches of
/// Parallel and Map, timers, replies of task backends) is posted here and run one at a time, so an
/// execution needs no locks and is deterministic for a given seed. When nothing is runnable and no
/// outside work (an HTTP call, a task token callback) is in flight, a virtual clock jumps to its next
/// timer; otherwise the loop waits for a post.
/// </summary>
internal sealed class ExecutionLoop : SynchronizationContext, IDisposable
{
    // Created on first post, like the queue and the signal: an execution whose tasks all answer
    // synchronously never posts, and a Lock made for every execution was 40 bytes for nothing.
    private Lock? _gate;
    private Queue<(SendOrPostCallback Callback, object? State)>? _queue;
    private SemaphoreSlim? _signal;
    private readonly VirtualTimeProvider? _virtualClock;
    private int _outsideWork;
    private int _awaitedAnswers;

    public ExecutionLoop(VirtualTimeProvider? virtualClock) => _virtualClock = virtualClock;

    /// <inheritdoc />
    public override void Post(SendOrPostCallback d, object? state)
    {
        lock (LazyInitializer.EnsureInitialized(ref _gate))
        {
            (_queue ??= new()).Enqueue((d, state));
        }

        Signal.Release();
    }

    /// <inheritdoc />
    public override void Send(SendOrPostCallback d, object? state) => throw new NotSupportedException("An execution loop only accepts posts.");

    /// <inheritdoc />
    public override SynchronizationContext CreateCopy() => this;

    /// <summary>Marks the start of outside work whose completion will post back (so the virtual clock must not jump meanwhile).</summary>
    public void BeginOutsideWork() => Interlocked.Increment(ref _outsideWork);

    /// <summary>Marks the end of outside work.</summary>
    public void EndOutsideWork() => Interlocked.Decrement(ref _outsideWork);

    /// <summary>
    /// Marks a task token that someone outside the execution may answer (SendTaskSuccess from another
    /// thread). Unlike outside work it does not hold the virtual clock: timers (HeartbeatSeconds,
    /// TimeoutSeconds) still fire when nothing else can happen; only with no timer left does the loop
    /// wait for the answer instead of reporting that it waits for nothing.
    /// </summary>
    public void BeginAwaitingAnswer() => Interlocked.Increment(ref _awaitedAnswers);

    /// <summary>Marks the end of a wait begun with <see cref="BeginAwaitingAnswer"/>.</summary>
    public void EndAwaitingAnswer() => Interlocked.Decrement(ref _awaitedAnswers);

    /// <summary>Runs <paramref name="root"/> on <paramref name="state"/> to completion on this thread and returns its result. Stopping is the work's own business: cancelled waits complete and post back.</summary>
    /// <remarks>The state is passed rather than captured so a static lambda serves every execution (no closure each time).</remarks>
    public T Run<TState, T>(Func<TState, ValueTask<T>> root, TState state)
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            var task = root(state);
            while (!task.IsCompleted)
            {
                if (TryRunOne())
                {
                    continue;
                }

                if (Volatile.Read(ref _outsideWork) == 0 && _virtualClock is not null && _virtualClock.AdvanceToNextTimer())
                {
                    continue;
                }

                if (Volatile.Read(ref _outsideWork) == 0 && Volatile.Read(ref _awaitedAnswers) == 0 && _virtualClock is not null)
                {
                    throw new ExecutionStalledException(
                        "The execution is waiting for nothing: no runnable work, no timer, no outside work in flight and no task token anyone can answer. "
                        + "A callback task (.waitForTaskToken) without TimeoutSeconds or HeartbeatSeconds waits forever unless its token is answered: "
                        + "pass ExecutionOptions.TaskTokens and answer it, or register a responder for the state.");
                }

                Signal.Wait(CancellationToken.None);
            }

            return task.GetAwaiter().GetResult();
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _signal?.Dispose();

    // Created on first post: an execution that never awaits anything never needs it.
    private SemaphoreSlim Signal => LazyInitializer.EnsureInitialized(ref _signal, () => new SemaphoreSlim(0));

    private bool TryRunOne()
    {
        // Nothing was ever posted without a gate; a post racing this check releases the signal the loop then waits on.
        if (Volatile.Read(ref _gate) is not { } gate)
        {
            return false;
        }

        (SendOrPostCallback Callback, object? State) item;
        lock (gate)
        {
            if (_queue is null || !_queue.TryDequeue(out item))
            {
                return false;
            }
        }

        // The semaphore counts posts; keep it in step so a wait does not return for a consumed post.
        Signal.Wait(0);
        item.Callback(item.State);
        return true;
    }
}
