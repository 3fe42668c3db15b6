namespace EventPro.Specs.Server.Registry;

/// <summary>What StopExecution asked: the error and cause to record on the aborted execution.</summary>
/// <param name="Error">The error, or null.</param>
/// <param name="Cause">The cause, or null.</param>
public sealed record StopRequest(string? Error, string? Cause);
