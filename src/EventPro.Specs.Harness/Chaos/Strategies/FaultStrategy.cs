namespace EventPro.Specs.Harness.Chaos.Strategies;

/// <summary>
/// The task fails with an ASL error and cause: <c>States.TaskFailed</c>, <c>Lambda.ServiceException</c>,
/// <c>Lambda.TooManyRequestsException</c>, <c>PaymentGatewayTimeout</c> or any custom error.
/// </summary>
/// <param name="Error">The error name.</param>
/// <param name="Cause">The cause, or null.</param>
public sealed record FaultStrategy(string Error, string? Cause = null) : ChaosStrategy
{
    /// <inheritdoc />
    public override FaultInjection? Decide(ChaosCall call, ChaosDice dice) =>
        dice.Roll(InjectionRate) ? new FaultInjection.Fail(Error, Cause) : null;

    /// <inheritdoc />
    public override string DescribeFault() => new FaultInjection.Fail(Error, Cause).Describe();
}
