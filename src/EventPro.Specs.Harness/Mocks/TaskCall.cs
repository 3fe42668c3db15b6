using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Harness.Mocks;

/// <summary>One call a mocked state received: what the scenario can assert on afterwards.</summary>
/// <param name="StateName">The Task state.</param>
/// <param name="Parameters">The effective parameters it was called with.</param>
/// <param name="RetryCount">The state's retry count at the call.</param>
/// <param name="At">When the call happened on the execution's clock.</param>
public sealed record TaskCall(string StateName, JsonValue Parameters, int RetryCount, DateTimeOffset At);
