using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.States.Task;

/// <summary>
/// Records a Task attempt's events in AWS's shape: LambdaFunctionScheduled/Started/Succeeded/
/// Failed/TimedOut for a Lambda function ARN, TaskScheduled/Started/Succeeded/Failed/TimedOut with
/// resourceType and resource for service integrations. The events share their details with the
/// state's other attempts (resource, scheduled and error details of <paramref name="task"/>)
/// instead of carrying a copy each.
/// </summary>
internal readonly struct TaskEvents(StateRun run, TaskState task)
{
    private ResourceKind Kind => task.Kind;

    private HistoryEvent.SharedDetails Resource => task.ResourceDetails;

    private Branch Branch => run.Branch;

    private ExecutionRun Exec => run.Run;

    /// <summary>
    /// LambdaFunctionScheduled (resource, input, timeoutInSeconds) or TaskScheduled (resourceType,
    /// resource, region, parameters, timeoutInSeconds, heartbeatInSeconds): all but the parameters
    /// come from <paramref name="details"/>, shared by the state's attempts (see <see cref="TaskState.ScheduledDetails"/>).
    /// </summary>
    public void Scheduled(HistoryEvent.SharedDetails details, JsonValue parameters) => Branch.Append(
        new HistoryEvent(Exec.NextEventId, Branch.Cursor, Exec.Now, Kind.IsLambdaFunction ? HistoryEventType.LambdaFunctionScheduled : HistoryEventType.TaskScheduled, details)
        {
            Parameters = parameters,
        });

    public void Started() => Branch.Append(new HistoryEvent(Exec.NextEventId, Branch.Cursor, Exec.Now, Kind.IsLambdaFunction ? HistoryEventType.LambdaFunctionStarted : HistoryEventType.TaskStarted, Resource));

    /// <summary>
    /// TaskSubmitted: a <c>.sync</c> or callback task's request was accepted; its output is the API's answer
    /// (e.g. StartExecution's ExecutionArn and StartDate, a callback's service response; API reference,
    /// TaskSubmittedEventDetails: resourceType, resource, output), recorded before the job's or token's end.
    /// </summary>
    public void Submitted(JsonValue output) => Branch.Append(new HistoryEvent(Exec.NextEventId, Branch.Cursor, Exec.Now, HistoryEventType.TaskSubmitted, Resource)
    {
        Output = output,
    });

    public void Succeeded(JsonValue output) => Branch.Append(new HistoryEvent(Exec.NextEventId, Branch.Cursor, Exec.Now, Kind.IsLambdaFunction ? HistoryEventType.LambdaFunctionSucceeded : HistoryEventType.TaskSucceeded, Resource)
    {
        Output = output,
    });

    public void Failed(string error, string? cause) => Branch.Append(new HistoryEvent(Exec.NextEventId, Branch.Cursor, Exec.Now, Kind.IsLambdaFunction ? HistoryEventType.LambdaFunctionFailed : HistoryEventType.TaskFailed, task.ErrorDetails(error, cause)));

    public void TimedOut(string error = StatesErrors.Timeout) => Branch.Append(new HistoryEvent(Exec.NextEventId, Branch.Cursor, Exec.Now, Kind.IsLambdaFunction ? HistoryEventType.LambdaFunctionTimedOut : HistoryEventType.TaskTimedOut, task.ErrorDetails(error, null)));
}
