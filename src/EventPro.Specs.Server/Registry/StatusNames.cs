namespace EventPro.Specs.Server.Registry;

/// <summary>The API's execution status names, for validating a filter (one status's name: <see cref="EventPro.Specs.Engine.Execution.ExecutionStatusNames"/>).</summary>
public static class StatusNames
{
    /// <summary>Every value of the API model's ExecutionStatus, for validation messages.</summary>
    public static readonly IReadOnlyList<string> All = ["RUNNING", "SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED", "PENDING_REDRIVE"];
}
