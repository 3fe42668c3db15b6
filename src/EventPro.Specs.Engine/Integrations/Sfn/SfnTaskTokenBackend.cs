using System.Globalization;
using System.Text;
using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Integrations.Sfn;

/// <summary>
/// An in-process Step Functions for the AWS SDK integration's task-token calls
/// (developer guide, supported-services-awssdk): <c>arn:aws:states:::aws-sdk:sfn:sendTaskSuccess</c>
/// (TaskToken, Output: a JSON text), <c>sendTaskFailure</c> (TaskToken, Error, Cause) and
/// <c>sendTaskHeartbeat</c> (TaskToken) answer tokens through the calling execution's own broker
/// (<see cref="ExecutionOptions.TaskTokens"/>, shared with its child executions), so a child can answer
/// the token its parent passed it (<c>states:startExecution.waitForTaskToken</c>), and an execution can
/// answer another's when both use the same broker. An answered call's result is the API's empty
/// response <c>{}</c>. A refused call fails the task with the API's error named as aws-sdk integrations
/// name them (<c>Sfn.InvalidTokenException</c>, <c>Sfn.TaskDoesNotExistException</c>,
/// <c>Sfn.TaskTimedOutException</c>, <c>Sfn.InvalidOutputException</c>; API reference, SendTaskSuccess
/// "Errors") and AWS's message as cause. Put it after the mocks: a mocked state answers nothing.
/// </summary>
public sealed class SfnTaskTokenBackend : ITaskBackend
{
    /// <summary>SendTaskSuccess's output limit, in UTF-8 bytes (API reference, SendTaskSuccess: 262144).</summary>
    public const int MaxOutputBytes = 262_144;

    // The resourceType of aws-sdk:sfn tasks (ResourceKind keeps the service with the aws-sdk prefix).
    private const string Service = "aws-sdk:sfn";

    /// <summary>Whether this backend answers a resource: the request-response <c>aws-sdk:sfn:sendTask*</c> calls.</summary>
    public static bool Handles(ResourceKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return kind is { IsLambdaFunction: false, ResourceType: Service, Resource: "sendTaskSuccess" or "sendTaskFailure" or "sendTaskHeartbeat" };
    }

    /// <inheritdoc />
    public ValueTask<TaskOutcome?> InvokeAsync(TaskInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var kind = ResourceKind.Of(invocation.Resource);
        if (!Handles(kind))
        {
            return ValueTask.FromResult<TaskOutcome?>(null);
        }

        var tokens = invocation.Run?.Tokens;
        if (tokens is null)
        {
            return ValueTask.FromResult<TaskOutcome?>(TaskOutcome.Failure(StatesErrors.TaskFailed, $"aws-sdk:sfn:{kind.Resource} answers the task tokens of running executions and can only be called from one."));
        }

        var request = new SfnTaskTokenRequest(invocation.Parameters);
        try
        {
            switch (kind.Resource)
            {
                case "sendTaskSuccess":
                    var output = request.Required("Output");
                    if (Encoding.UTF8.GetByteCount(output) > MaxOutputBytes)
                    {
                        return ValueTask.FromResult<TaskOutcome?>(Failure(invocation, "ValidationException", $"1 validation error detected: Value at 'output' failed to satisfy constraint: Member must have length less than or equal to {MaxOutputBytes}"));
                    }

                    tokens.SendTaskSuccessJson(request.Required("TaskToken"), output);
                    break;
                case "sendTaskFailure":
                    tokens.SendTaskFailure(request.Required("TaskToken"), request.Optional("Error"), request.Optional("Cause"));
                    break;
                default:
                    tokens.SendTaskHeartbeat(request.Required("TaskToken"));
                    break;
            }
        }
        catch (TaskTokenException e)
        {
            return ValueTask.FromResult<TaskOutcome?>(Failure(invocation, e.Code, e.AwsMessage));
        }

        // Each call's response has no members (API reference: "an HTTP 200 response with an empty HTTP body").
        return ValueTask.FromResult<TaskOutcome?>(TaskOutcome.Success(JsonObject.Empty));
    }

    /// <summary>
    /// The task's failure for the API's error <paramref name="code"/>: the aws-sdk error name and, as cause,
    /// AWS's message with the AWS SDK v2 suffix aws-sdk integrations report (<c>(Service: Sfn, Status Code: 400, Request ID: ...)</c>).
    /// </summary>
    private static TaskOutcome Failure(TaskInvocation invocation, string code, string message) => TaskOutcome.Failure(
        AwsErrorNames.ForResource(invocation.Resource, code),
        string.Create(CultureInfo.InvariantCulture, $"{message} (Service: Sfn, Status Code: 400, Request ID: {SeededUuid.Next(invocation.Random)})"));
}
