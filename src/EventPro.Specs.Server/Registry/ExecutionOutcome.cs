using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Server.Registry;

/// <summary>How an execution ended, as DescribeExecution and GetExecutionHistory report it.</summary>
/// <param name="Status">SUCCEEDED, FAILED, TIMED_OUT or ABORTED.</param>
/// <param name="Output">The output (SUCCEEDED only).</param>
/// <param name="Error">The error, if any.</param>
/// <param name="Cause">The cause, if any.</param>
/// <param name="StopDate">When it ended.</param>
/// <param name="Events">The history recorded by the engine (empty when the history was not kept).</param>
public sealed record ExecutionOutcome(ExecutionStatus Status, JsonValue? Output, string? Error, string? Cause, DateTimeOffset StopDate, IReadOnlyList<HistoryEvent> Events)
{
    /// <summary>
    /// The outcome of an engine result. An execution stopped by StopExecution carries the error and
    /// cause the caller gave (AWS shows them in DescribeExecution and the ExecutionAborted event).
    /// </summary>
    public static ExecutionOutcome From(ExecutionResult result, StopRequest? stop, bool keepHistory)
    {
        var aborted = result.Status == ExecutionStatus.Aborted;
        return new ExecutionOutcome(
            result.Status,
            result.Output,
            aborted ? stop?.Error : result.Error,
            aborted ? stop?.Cause : result.Cause,
            result.StopDate,
            keepHistory ? result.Events : []);
    }

    /// <summary>
    /// The outcome of an execution the engine could not finish (a bug or a misbehaving backend
    /// escaped it): FAILED with States.Runtime and the exception named, so it never stays RUNNING.
    /// </summary>
    public static ExecutionOutcome Crashed(Exception exception, DateTimeOffset stopDate) =>
        new(ExecutionStatus.Failed, null, StatesErrors.Runtime, $"The execution stopped unexpectedly: {exception.GetType().Name}: {exception.Message}", stopDate, []);

    /// <summary>The status as the API spells it.</summary>
    public string StatusName => ExecutionStatusNames.Of(Status);
}
