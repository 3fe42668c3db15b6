using EventPro.Specs.Harness.WireMock;

namespace EventPro.Specs.Harness.Chaos.Strategies;

/// <summary>
/// Transport faults on a real HTTP fake (WireMock): an HTTP status, a reset connection, an empty
/// response or a slow answer. Every call crosses the network and WireMock's admin API, so keep such
/// campaigns small (tens of executions, not thousands).
/// </summary>
/// <param name="Fault">What the fake answers.</param>
/// <param name="Scope">The WireMock scope the task backends call (known once the scenario's fakes started).</param>
public sealed record TransportStrategy(TransportFault Fault, Func<WireMockScope> Scope) : ChaosStrategy
{
    /// <inheritdoc />
    public override FaultInjection? Decide(ChaosCall call, ChaosDice dice) =>
        dice.Roll(InjectionRate) ? new FaultInjection.Transport(Fault, Scope) : null;

    /// <inheritdoc />
    public override string DescribeFault() => Fault.Describe();
}
