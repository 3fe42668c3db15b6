namespace EventPro.Specs.Engine.Time;

/// <summary>
/// A clock that never sleeps: time stands still while an execution has work to do, and when every
/// branch is waiting, the execution loop jumps it straight to the next due timer (Temporal's time
/// skipping). Wait states, retry back-offs and timeouts therefore cost nothing, while timestamps,
/// <c>$$</c> times and the history show the intervals AWS would have waited.
/// One instance belongs to one execution and is used from that execution's loop thread only.
/// </summary>
public sealed class VirtualTimeProvider : TimeProvider
{
    private PriorityQueue<VirtualTimer, (DateTimeOffset Due, long Sequence)>? _timers;
    private DateTimeOffset _now;
    private long _sequence;

    /// <summary>Creates a clock that starts at <paramref name="start"/>.</summary>
    public VirtualTimeProvider(DateTimeOffset start) => _now = start;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => _now;

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <summary>Whether any timer is still due.</summary>
    public bool HasPendingTimers
    {
        get
        {
            DropCancelled();
            return _timers is { Count: > 0 };
        }
    }

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new VirtualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock forward by <paramref name="delta"/> without firing timers (used to account for work that takes time).</summary>
    public void Advance(TimeSpan delta)
    {
        if (delta > TimeSpan.Zero)
        {
            _now += delta;
        }

        FireDue();
    }

    /// <summary>Jumps to the earliest pending timer and fires every timer due then. False when none is pending.</summary>
    public bool AdvanceToNextTimer()
    {
        DropCancelled();
        if (_timers is null || !_timers.TryPeek(out _, out var key))
        {
            return false;
        }

        if (key.Due > _now)
        {
            _now = key.Due;
        }

        FireDue();
        return true;
    }

    internal void Schedule(VirtualTimer timer, DateTimeOffset due) => (_timers ??= new()).Enqueue(timer, (due, _sequence++));

    private void FireDue()
    {
        while (_timers is not null && _timers.TryPeek(out var timer, out var key) && key.Due <= _now)
        {
            _timers.Dequeue();
            if (timer.IsScheduledFor(key.Due))
            {
                timer.Fire();
            }
        }
    }

    private void DropCancelled()
    {
        while (_timers is not null && _timers.TryPeek(out var timer, out var key) && !timer.IsScheduledFor(key.Due))
        {
            _timers.Dequeue();
        }
    }

    internal sealed class VirtualTimer : ITimer
    {
        private readonly VirtualTimeProvider _owner;
        private readonly TimerCallback _callback;
        private readonly object? _state;
        private DateTimeOffset? _due;
        private TimeSpan _period;

        public VirtualTimer(VirtualTimeProvider owner, TimerCallback callback, object? state)
        {
            _owner = owner;
            _callback = callback;
            _state = state;
        }

        public bool IsScheduledFor(DateTimeOffset due) => _due == due;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            _period = period;
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                _due = null;
                return true;
            }

            var due = _owner._now + (dueTime < TimeSpan.Zero ? TimeSpan.Zero : dueTime);
            _due = due;
            _owner.Schedule(this, due);
            return true;
        }

        public void Fire()
        {
            var due = _due!.Value;
            _due = null;
            if (_period > TimeSpan.Zero && _period != Timeout.InfiniteTimeSpan)
            {
                _due = due + _period;
                _owner.Schedule(this, _due.Value);
            }

            _callback(_state);
        }

        public void Dispose() => _due = null;

        public ValueTask DisposeAsync()
        {
            _due = null;
            return ValueTask.CompletedTask;
        }
    }
}
