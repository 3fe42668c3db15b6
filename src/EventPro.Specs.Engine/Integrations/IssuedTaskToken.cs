using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Integrations;

/// <summary>A task token a callback task (<c>.waitForTaskToken</c>) handed out, as its callers see it.</summary>
/// <param name="Token">The opaque token (<c>$$.Task.Token</c>), to pass to SendTaskSuccess, SendTaskFailure or SendTaskHeartbeat.</param>
/// <param name="StateName">The Task state waiting for it.</param>
/// <param name="Execution">The execution the state belongs to.</param>
/// <param name="Parameters">The effective parameters of the service call that carried the token.</param>
/// <param name="RetryCount">The state's retry count: each attempt gets a new token.</param>
/// <param name="IssuedAt">When the attempt started, on the execution's clock.</param>
public sealed record IssuedTaskToken(string Token, string StateName, ExecutionInfo Execution, JsonValue Parameters, int RetryCount, DateTimeOffset IssuedAt);
