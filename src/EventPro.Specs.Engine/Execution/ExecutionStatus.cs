namespace EventPro.Specs.Engine.Execution;

/// <summary>How an execution ended (DescribeExecution status).</summary>
public enum ExecutionStatus
{
    /// <summary>Still running (only seen through the HTTP API).</summary>
    Running,
    /// <summary>Ended in a terminal state with an output.</summary>
    Succeeded,
    /// <summary>Ended with an error.</summary>
    Failed,
    /// <summary>Ran longer than the state machine's TimeoutSeconds.</summary>
    TimedOut,
    /// <summary>Stopped from outside.</summary>
    Aborted,
}
