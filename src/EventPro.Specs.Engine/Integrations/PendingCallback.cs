namespace EventPro.Specs.Engine.Integrations;

/// <summary>
/// One callback task waiting for its token. Its answer, heartbeats and expiry are all applied on
/// the execution's loop thread (posted there by <see cref="TaskTokens"/>), so the task's
/// continuations run on the loop like every other reply, and a virtual clock never jumps past an
/// answer that was already posted.
/// </summary>
internal sealed class PendingCallback
{
    private readonly TaskCompletionSource<CallbackResolution> _resolution = new();
    private TaskCompletionSource _beat = new();

    public PendingCallback(TaskTokens owner, IssuedTaskToken issued, SynchronizationContext loop)
    {
        Owner = owner;
        Issued = issued;
        Loop = loop;
    }

    public TaskTokens Owner { get; }

    public IssuedTaskToken Issued { get; }

    public SynchronizationContext Loop { get; }

    /// <summary>Completes (on the loop) with the answer, the expiry or the cancellation.</summary>
    public Task<CallbackResolution> Resolution => _resolution.Task;

    /// <summary>Completes (on the loop) at the next heartbeat.</summary>
    public Task NextBeat
    {
        get
        {
            lock (_resolution)
            {
                return _beat.Task;
            }
        }
    }

    /// <summary>Records a heartbeat; on the loop thread.</summary>
    public void Beat()
    {
        TaskCompletionSource beaten;
        lock (_resolution)
        {
            beaten = _beat;
            _beat = new TaskCompletionSource();
        }

        beaten.TrySetResult();
    }

    /// <summary>Ends the wait; on the loop thread.</summary>
    public void Resolve(CallbackResolution resolution) => _resolution.TrySetResult(resolution);

    /// <summary>Ends the wait as cancelled unless it already ended; on the loop thread.</summary>
    public void CancelIfOpen()
    {
        if (Owner.TryClose(this))
        {
            Resolve(default);
        }
    }
}

/// <summary>How a callback wait ended: an answer, a timeout error, or (both null) cancelled.</summary>
/// <param name="Answer">SendTaskSuccess's output or SendTaskFailure's error and cause.</param>
/// <param name="TimeoutError">States.Timeout or States.HeartbeatTimeout.</param>
internal readonly record struct CallbackResolution(TaskOutcome? Answer, string? TimeoutError);
