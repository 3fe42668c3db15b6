using System.Globalization;

namespace EventPro.Specs.Harness.Chaos.Strategies;

/// <summary>
/// A throttled dependency: when it hits a state (rolled once, at the state's first eligible call in
/// the execution), that call and the next <c>Times - 1</c> calls of the state fail with the throttling
/// error; the calls after them succeed.
/// </summary>
/// <param name="Times">How many calls in a row fail.</param>
/// <param name="Error">The throttling error (default <c>Lambda.TooManyRequestsException</c>).</param>
/// <param name="Cause">The cause, or null.</param>
public sealed record ThrottleStrategy(int Times, string Error = "Lambda.TooManyRequestsException", string? Cause = "Rate Exceeded.") : ChaosStrategy
{
    /// <inheritdoc />
    public override FaultInjection? Decide(ChaosCall call, ChaosDice dice)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(dice);
        if (!dice.TryRecall(this, call.State, out var remaining))
        {
            remaining = dice.Roll(InjectionRate) ? Times : 0;
        }

        if (remaining <= 0)
        {
            dice.Remember(this, call.State, 0);
            return null;
        }

        dice.Remember(this, call.State, remaining - 1);
        return new FaultInjection.Fail(Error, Cause);
    }

    /// <inheritdoc />
    public override string DescribeFault() => $"is throttled {Times.ToString(CultureInfo.InvariantCulture)} time{(Times == 1 ? string.Empty : "s")} with \"{Error}\"";
}
