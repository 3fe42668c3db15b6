using EventPro.Specs.Engine.Execution;

namespace EventPro.Specs.Engine.Integrations;

/// <summary>
/// Marks real work outside the execution (an HTTP call, a process) as in flight, from
/// <see cref="TaskInvocation.BeginOutsideWork"/> until disposed. While any is in flight the
/// execution's virtual clock does not jump to its next timer and the loop waits for the work to
/// post back, instead of firing a TimeoutSeconds timer early or reporting that it waits for nothing.
/// </summary>
/// <remarks>
/// Dispose it on the execution's thread (await without <c>ConfigureAwait(false)</c> inside the scope);
/// a scope disposed on another thread, or never disposed, ends when the backend's call returns,
/// because only then is the engine's continuation certain to be queued on the loop.
/// </remarks>
public sealed class OutsideWork : IDisposable
{
    private readonly TaskInvocation _owner;
    private readonly ExecutionLoop? _loop;
    private int _disposed;

    internal OutsideWork(TaskInvocation owner, ExecutionLoop? loop)
    {
        _owner = owner;
        _loop = loop;
    }

    /// <summary>Whether this scope has ended (disposed on the execution's thread, or settled when the call returned).</summary>
    public bool HasEnded => Volatile.Read(ref _disposed) == 2;

    /// <summary>Ends the outside work: at once on the execution's thread, otherwise when the backend's call returns.</summary>
    public void Dispose()
    {
        if (_loop is not null && SynchronizationContext.Current == _loop)
        {
            End();
            return;
        }

        // Off the loop thread: ending now could let the loop jump the clock before the backend's
        // reply is posted; the engine settles it on the loop once the call has returned.
        Interlocked.CompareExchange(ref _disposed, 1, 0);
    }

    /// <summary>Ends the work if it has not ended yet; called on the loop thread.</summary>
    internal void End()
    {
        if (Interlocked.Exchange(ref _disposed, 2) != 2)
        {
            _loop?.EndOutsideWork();
            _owner.Forget(this);
        }
    }
}
