using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Execution;

/// <summary>The end of an execution: its status, output or error, and its full history.</summary>
public sealed class ExecutionResult
{
    internal ExecutionResult(ExecutionStatus status, JsonValue? output, string? error, string? cause, IReadOnlyList<HistoryEvent> events, Integrations.ExecutionInfo info, JsonValue input, DateTimeOffset startDate, DateTimeOffset stopDate)
    {
        Status = status;
        Output = output;
        Error = error;
        Cause = cause;
        Events = events;
        Info = info;
        Input = input;
        StartDate = startDate;
        StopDate = stopDate;
    }

    /// <summary>
    /// A result built from what an endpoint reported (DescribeExecution and GetExecutionHistory), so
    /// an execution run elsewhere is asserted like an in-process one.
    /// </summary>
    public static ExecutionResult FromReport(ExecutionStatus status, JsonValue? output, string? error, string? cause, IReadOnlyList<HistoryEvent> events, Integrations.ExecutionInfo info, JsonValue input, DateTimeOffset startDate, DateTimeOffset stopDate) =>
        new(status, output, error, cause, events, info, input, startDate, stopDate);

    /// <summary>How the execution ended.</summary>
    public ExecutionStatus Status { get; }

    /// <summary>The output (SUCCEEDED only).</summary>
    public JsonValue? Output { get; }

    /// <summary>The error name (FAILED, TIMED_OUT, ABORTED); may be null when a Fail state gave none.</summary>
    public string? Error { get; }

    /// <summary>The cause; may be null.</summary>
    public string? Cause { get; }

    /// <summary>The history events, in order.</summary>
    public IReadOnlyList<HistoryEvent> Events { get; }

    /// <summary>Names and ARNs of the execution.</summary>
    public Integrations.ExecutionInfo Info { get; }

    /// <summary>The execution input.</summary>
    public JsonValue Input { get; }

    /// <summary>When the execution started (on its clock).</summary>
    public DateTimeOffset StartDate { get; }

    /// <summary>When it ended (on its clock); the difference is the execution's duration in virtual time.</summary>
    public DateTimeOffset StopDate { get; }

    /// <summary>The status as AWS spells it: SUCCEEDED, FAILED, TIMED_OUT, ABORTED.</summary>
    public string StatusName => ExecutionStatusNames.Of(Status);

    /// <summary>
    /// The executions this one started with <c>states:startExecution</c> tasks (and not answered by a
    /// mock), in the order they started, each with its own history and its own children.
    /// </summary>
    public IReadOnlyList<Integrations.Nested.ChildExecution> ChildExecutions { get; internal init; } = [];

    /// <summary>The names of the states entered, in order (the path the execution took).</summary>
    public IReadOnlyList<string> Path => Events
        .Where(e => e.Type.ToString().EndsWith("StateEntered", StringComparison.Ordinal))
        .Select(e => e.Name!)
        .ToList();
}
