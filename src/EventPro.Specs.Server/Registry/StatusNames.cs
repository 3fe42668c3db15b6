using EventPro.Specs.Engine.Execution;

namespace EventPro.Specs.Server.Registry;

/// <summary>Execution statuses as the API spells them (ExecutionStatus in the API reference).</summary>
public static class StatusNames
{
    /// <summary>Every value of the API model's ExecutionStatus, for validation messages.</summary>
    public static readonly IReadOnlyList<string> All = ["RUNNING", "SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED", "PENDING_REDRIVE"];

    /// <summary>The API spelling of <paramref name="status"/>.</summary>
    public static string Of(ExecutionStatus status) => status switch
    {
        ExecutionStatus.Succeeded => "SUCCEEDED",
        ExecutionStatus.Failed => "FAILED",
        ExecutionStatus.TimedOut => "TIMED_OUT",
        ExecutionStatus.Aborted => "ABORTED",
        _ => "RUNNING",
    };
}
