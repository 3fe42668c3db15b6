using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Integrations.Nested;

/// <summary>
/// Answers <c>arn:aws:states:::states:startExecution</c> tasks by running the child state machine on
/// the same engine, loop and virtual clock as the parent (developer guide, "Start a new AWS Step
/// Functions state machine from a running execution", connect-stepfunctions):
/// <list type="bullet">
/// <item>request-response: the child is started and runs on its own; the result is <c>{ExecutionArn, StartDate}</c>;</item>
/// <item><c>.sync</c>: records TaskSubmitted with that answer, waits for the child and returns its
/// DescribeExecution (Input/Output as JSON strings); <c>.sync:2</c> the same with Input/Output as JSON;</item>
/// <item>a child that fails, times out or is aborted fails a <c>.sync</c> task with <c>States.TaskFailed</c>
/// and the child's DescribeExecution as the cause, as Step Functions reports a failed job.</item>
/// </list>
/// Put it after the mocks: a scenario mock or MockConfigFile test case for the state answers instead.
/// </summary>
/// <param name="catalog">Finds the child state machine by its ARN.</param>
public sealed class StartExecutionBackend(IStateMachineCatalog catalog) : ITaskBackend
{
    /// <summary>The prefix of StartExecution errors (the optimized integration's service name).</summary>
    public const string ErrorPrefix = "StepFunctions";

    /// <summary>The parameter that links a child to its parent (developer guide, concepts-nested-workflows).</summary>
    public const string StartedByParameter = "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID";

    // Execution names are unique per state machine (API reference, StartExecution: ExecutionAlreadyExists);
    // the ARNs this backend started, so a second start under the same name fails as on AWS.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _started = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public async ValueTask<TaskOutcome?> InvokeAsync(TaskInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var kind = ResourceKind.Of(invocation.Resource);
        if (kind.IsLambdaFunction || kind.ResourceType != "states" || kind.Resource is not ("startExecution" or "startExecution.sync" or "startExecution.sync:2" or "startExecution.waitForTaskToken"))
        {
            return null;
        }

        var parent = invocation.Run;
        if (parent is null)
        {
            return TaskOutcome.Failure(StatesErrors.TaskFailed, "states:startExecution runs a child execution and can only be called from a running execution.");
        }

        var request = invocation.Parameters as JsonObject;
        var arnText = request?.GetOrNull("StateMachineArn") is JsonString s ? s.Value : null;
        var arn = StateMachineArn.TryParse(arnText);
        if (arn is null)
        {
            return Failure(parent, "InvalidArn", $"Invalid Arn: '{arnText ?? "null"}'");
        }

        var machine = catalog.Find(arn);
        if (machine is null)
        {
            return Failure(parent, "StateMachineDoesNotExist", $"State Machine Does Not Exist: '{arn.Text}'");
        }

        if (!TryInput(request!.GetOrNull("Input"), out var input))
        {
            return Failure(parent, "InvalidExecutionInput", "Invalid State Machine Execution Input: 'the Input is not a JSON text'");
        }

        var pattern = kind.Pattern;
        // .waitForTaskToken starts the child like request-response; the callback wait (TaskSubmitted with
        // this answer, then the token) is the engine's, as for any callback task (connect-stepfunctions).
        var waitsForChild = pattern is "sync" or "sync:2";
        var name = request.GetOrNull("Name") is JsonString n ? n.Value : SeededUuid.Next(parent.Random);
        var startedBy = input is JsonObject o && o.GetOrNull(StartedByParameter) is JsonString id ? id.Value : null;
        var options = new ExecutionOptions
        {
            Name = name,
            StateMachineName = arn.Name,
            Region = arn.Region,
            AccountId = arn.Account,
            Seed = parent.Random.Next(),
            Clock = parent.Options.Clock,
            // .sync stops the child when the task is stopped (connect-to-resource, "Run a Job"); a started child runs on its own.
            Cancellation = waitsForChild ? invocation.Cancellation : parent.Options.Cancellation,
            // A child answers its parent's token (or hands out its own) through the same broker, the
            // parent's private one too (a child's aws-sdk:sfn:sendTaskSuccess answers the parent's .waitForTaskToken).
            TaskTokens = parent.Tokens,
            ChildExecutionObserver = parent.Options.ChildExecutionObserver,
        };
        var executionArn = $"arn:aws:states:{arn.Region}:{arn.Account}:execution:{arn.Name}:{name}";
        if (!_started.TryAdd(executionArn, true))
        {
            return Failure(parent, "ExecutionAlreadyExists", $"Execution Already Exists: '{executionArn}'");
        }

        var (info, startDate, ended) = StepFunctionsEngine.StartChild(parent, machine, input, options, new StartedChildOrigin(invocation.StateName, pattern, startedBy));
        var started = JsonObject.Of(("ExecutionArn", info.Arn), ("StartDate", ExecutionDescription.EpochMillis(startDate)));
        if (!waitsForChild)
        {
            return TaskOutcome.Success(started);
        }

        invocation.RecordSubmitted(started);
        var result = await ended;
        var description = ExecutionDescription.Of(result, asJson: pattern == "sync:2");
        return result.Status == ExecutionStatus.Succeeded
            ? TaskOutcome.Success(description)
            : TaskOutcome.Failure(StatesErrors.TaskFailed, description.ToJson());
    }

    private static bool TryInput(JsonValue? value, out JsonValue input)
    {
        // The optimized integration takes Input as JSON or as a JSON text; no Input starts the child with {}.
        switch (value)
        {
            case null or JsonNull:
                input = JsonObject.Empty;
                return true;
            case JsonString text:
                try
                {
                    input = JsonValue.Parse(text.Value);
                    return true;
                }
                catch (JsonParseException)
                {
                    input = JsonObject.Empty;
                    return false;
                }

            default:
                input = value;
                return true;
        }
    }

    private static TaskOutcome Failure(ExecutionRun parent, string code, string message) =>
        // Named like every AWS service error (AwsErrorNames); cause in the AWS Java SDK's words, as optimized integrations report it.
        TaskOutcome.Failure(
            AwsErrorNames.Of(ErrorPrefix, code, code),
            $"{message} (Service: AWSStepFunctions; Status Code: 400; Error Code: {code}; Request ID: {SeededUuid.Next(parent.Random)}; Proxy: null)");
}
