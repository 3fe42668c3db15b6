using System.Globalization;

namespace EventPro.Specs.Harness.Chaos.Strategies;

/// <summary>
/// The task takes longer in virtual time: <see cref="Delay"/> more, or (without a delay) one second
/// past the state's TimeoutSeconds, so the attempt times out with States.Timeout. A state without
/// TimeoutSeconds is never timed out this way (it would wait AWS's default of 99999999 seconds).
/// </summary>
/// <param name="Delay">The extra time; null to outlast the state's TimeoutSeconds.</param>
public sealed record LatencyStrategy(TimeSpan? Delay) : ChaosStrategy
{
    /// <inheritdoc />
    public override FaultInjection? Decide(ChaosCall call, ChaosDice dice)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(dice);
        var delay = Delay ?? (call.Invocation.TimeoutSeconds is { } timeout ? TimeSpan.FromSeconds(timeout + 1) : (TimeSpan?)null);
        return delay is { } d && dice.Roll(InjectionRate) ? new FaultInjection.Slow(d) : null;
    }

    /// <inheritdoc />
    public override string DescribeFault() => Delay is { } d ? $"takes {d.TotalSeconds.ToString(CultureInfo.InvariantCulture)} seconds" : "times out";
}
