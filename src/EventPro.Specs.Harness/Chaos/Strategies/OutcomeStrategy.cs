using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Harness.Chaos.Strategies;

/// <summary>The task answers a different result (malformed, partial, an unexpected status) instead of calling the service.</summary>
/// <param name="Result">The result it answers.</param>
public sealed record OutcomeStrategy(JsonValue Result) : ChaosStrategy
{
    /// <inheritdoc />
    public override FaultInjection? Decide(ChaosCall call, ChaosDice dice) =>
        dice.Roll(InjectionRate) ? new FaultInjection.Answer(Result) : null;

    /// <inheritdoc />
    public override string DescribeFault() => $"returns {Result.ToJson()}";
}
