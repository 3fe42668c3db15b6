namespace EventPro.Specs.Engine.Execution;

/// <summary>Execution statuses as the Step Functions API spells them (ExecutionStatus in the API reference).</summary>
public static class ExecutionStatusNames
{
    /// <summary>The API spelling of <paramref name="status"/>: RUNNING, SUCCEEDED, FAILED, TIMED_OUT or ABORTED.</summary>
    public static string Of(ExecutionStatus status) => status switch
    {
        ExecutionStatus.Succeeded => "SUCCEEDED",
        ExecutionStatus.Failed => "FAILED",
        ExecutionStatus.TimedOut => "TIMED_OUT",
        ExecutionStatus.Aborted => "ABORTED",
        _ => "RUNNING",
    };

    /// <summary>The status an API spelling names; false for anything else.</summary>
    public static bool TryParse(string? name, out ExecutionStatus status)
    {
        foreach (var candidate in Enum.GetValues<ExecutionStatus>())
        {
            if (Of(candidate) == name)
            {
                status = candidate;
                return true;
            }
        }

        status = default;
        return false;
    }
}
