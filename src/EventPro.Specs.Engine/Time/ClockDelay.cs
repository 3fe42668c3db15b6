namespace EventPro.Specs.Engine.Time;

/// <summary>
/// Waits on an execution's clock for any length AWS allows. Task.Delay refuses more than about 49.7
/// days (uint.MaxValue - 1 milliseconds), but a Wait state, a retry interval or a Task timeout may
/// last up to 99999999 seconds, so longer waits are made of several shorter ones.
/// </summary>
internal static class ClockDelay
{
    /// <summary>The longest single Task.Delay step (well under its limit).</summary>
    private static readonly TimeSpan MaxStep = TimeSpan.FromDays(30);

    /// <summary>Completes after <paramref name="delay"/> has passed on <paramref name="clock"/>.</summary>
    public static async Task WaitAsync(TimeSpan delay, TimeProvider clock, CancellationToken cancellation)
    {
        var remaining = delay;
        while (remaining > TimeSpan.Zero)
        {
            var step = remaining < MaxStep ? remaining : MaxStep;
            await Task.Delay(step, clock, cancellation);
            remaining -= step;
        }
    }
}
