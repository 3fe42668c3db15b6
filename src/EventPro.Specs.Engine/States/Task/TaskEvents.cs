using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.States.Task;

/// <summary>
/// Records a Task attempt's events in AWS's shape: LambdaFunctionScheduled/Started/Succeeded/
/// Failed/TimedOut for a Lambda function ARN, TaskScheduled/Started/Succeeded/Failed/TimedOut with
/// resourceType and resource for service integrations. The events after the scheduled one share
/// the state's <paramref name="resource"/> details instead of carrying a copy each.
/// </summary>
internal readonly struct TaskEvents(StateRun run, ResourceKind kind, HistoryEvent.SharedDetails resource)
{
    private Branch Branch => run.Branch;

    private ExecutionRun Exec => run.Run;

    /// <summary>
    /// LambdaFunctionScheduled (resource, input, timeoutInSeconds) or TaskScheduled (resourceType,
    /// resource, region, parameters, timeoutInSeconds, heartbeatInSeconds): all but the parameters
    /// come from <paramref name="details"/>, shared by the state's attempts (see <see cref="TaskState.ScheduledDetails"/>).
    /// </summary>
    public void Scheduled(HistoryEvent.SharedDetails details, JsonValue parameters) => Branch.Append(
        new HistoryEvent(Exec.NextEventId, Branch.Cursor, Exec.Now, kind.IsLambdaFunction ? HistoryEventType.LambdaFunctionScheduled : HistoryEventType.TaskScheduled, details)
        {
            Parameters = parameters,
        });

    public void Started() => Branch.Append(new HistoryEvent(Exec.NextEventId, Branch.Cursor, Exec.Now, kind.IsLambdaFunction ? HistoryEventType.LambdaFunctionStarted : HistoryEventType.TaskStarted, resource));

    /// <summary>
    /// TaskSubmitted: a <c>.sync</c> or callback task's request was accepted; its output is the API's answer
    /// (e.g. StartExecution's ExecutionArn and StartDate, a callback's service response; API reference,
    /// TaskSubmittedEventDetails: resourceType, resource, output), recorded before the job's or token's end.
    /// </summary>
    public void Submitted(JsonValue output) => Branch.Append(new HistoryEvent(Exec.NextEventId, Branch.Cursor, Exec.Now, HistoryEventType.TaskSubmitted, resource)
    {
        Output = output,
    });

    public void Succeeded(JsonValue output) => Branch.Append(new HistoryEvent(Exec.NextEventId, Branch.Cursor, Exec.Now, kind.IsLambdaFunction ? HistoryEventType.LambdaFunctionSucceeded : HistoryEventType.TaskSucceeded, resource)
    {
        Output = output,
    });

    public void Failed(string error, string? cause) => Branch.Append(new HistoryEvent(Exec.NextEventId, Branch.Cursor, Exec.Now, kind.IsLambdaFunction ? HistoryEventType.LambdaFunctionFailed : HistoryEventType.TaskFailed, resource)
    {
        Error = error,
        Cause = cause,
    });

    public void TimedOut(string error = StatesErrors.Timeout) => Branch.Append(new HistoryEvent(Exec.NextEventId, Branch.Cursor, Exec.Now, kind.IsLambdaFunction ? HistoryEventType.LambdaFunctionTimedOut : HistoryEventType.TaskTimedOut, resource)
    {
        Error = error,
    });
}
