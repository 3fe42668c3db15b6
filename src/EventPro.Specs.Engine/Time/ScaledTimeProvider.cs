namespace EventPro.Specs.Engine.Time;

/// <summary>
/// Real time run faster or slower: with a scale of 60, a 60-second Wait takes one real second and
/// the reported time advances by a minute. Useful to watch a workflow in real time at a chosen pace.
/// </summary>
public sealed class ScaledTimeProvider : TimeProvider
{
    private readonly TimeProvider _inner;
    private readonly double _scale;
    private readonly DateTimeOffset _origin;
    private readonly long _originTimestamp;

    /// <summary>Creates a clock running <paramref name="scale"/> times as fast as <paramref name="inner"/>.</summary>
    public ScaledTimeProvider(TimeProvider inner, double scale)
    {
        if (!(scale > 0) || double.IsInfinity(scale))
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "The time scale must be a positive number.");
        }

        _inner = inner;
        _scale = scale;
        _origin = inner.GetUtcNow();
        _originTimestamp = inner.GetTimestamp();
    }

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => _origin + TimeSpan.FromTicks((long)(_inner.GetElapsedTime(_originTimestamp).Ticks * _scale));

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        _inner.CreateTimer(callback, state, Scale(dueTime), Scale(period));

    private TimeSpan Scale(TimeSpan span) =>
        span == Timeout.InfiniteTimeSpan || span <= TimeSpan.Zero ? span : TimeSpan.FromTicks((long)(span.Ticks / _scale));
}
