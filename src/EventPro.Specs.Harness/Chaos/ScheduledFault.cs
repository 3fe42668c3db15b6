namespace EventPro.Specs.Harness.Chaos;

/// <summary>A fault pinned to one call of one Task state: the unit a chaos schedule, its replay and its reproducer are made of.</summary>
/// <param name="State">The Task state.</param>
/// <param name="Call">The call, 0-based, counting every call of the state in the execution (retries and re-entries included).</param>
/// <param name="Fault">What is done to that call.</param>
public sealed record ScheduledFault(string State, int Call, FaultInjection Fault)
{
    /// <summary>E.g. <c>ProcessPayment call 2 fails with "States.TaskFailed"</c>.</summary>
    public override string ToString() => $"{State} call {Call + 1} {Fault.Describe()}";
}
