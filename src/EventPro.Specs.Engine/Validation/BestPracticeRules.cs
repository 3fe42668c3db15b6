using EventPro.Specs.Engine.ErrorHandling;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Validation;

/// <summary>
/// Warnings from AWS's "Best practices for Step Functions": use timeouts to avoid stuck executions
/// (a Task's default timeout is none, and a callback Task without a heartbeat waits as long as its
/// timeout for a token that may be lost), and handle transient Lambda service exceptions with a
/// retrier.
/// </summary>
internal static class BestPracticeRules
{
    /// <summary>The transient Lambda errors AWS recommends retrying ("Handle transient Lambda service exceptions").</summary>
    private static readonly string[] TransientLambdaErrors =
        ["Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException"];

    public static void Check(ValidationContext context)
    {
        foreach (var state in context.States.Where(s => s.Type == "Task"))
        {
            if (!state.Value.ContainsKey("TimeoutSeconds") && !state.Value.ContainsKey("TimeoutSecondsPath"))
            {
                context.Warning(AslCodes.TaskWithoutTimeout, state.Pointer, state.Name, "this Task has no TimeoutSeconds, so it can wait forever if the work never answers: set TimeoutSeconds (AWS best practice \"use timeouts\")");
            }

            if (state.String("Resource") is not { } resource)
            {
                continue;
            }

            var kind = ResourceKind.Of(resource);
            if (kind.Pattern == "waitForTaskToken" && !state.Value.ContainsKey("HeartbeatSeconds") && !state.Value.ContainsKey("HeartbeatSecondsPath"))
            {
                context.Warning(AslCodes.CallbackWithoutHeartbeat, state.Pointer, state.Name, "this callback Task has no HeartbeatSeconds: if the task token is lost, the execution waits until the timeout; set HeartbeatSeconds and send heartbeats");
            }

            if (kind.IsLambdaFunction || kind.ResourceType == "lambda")
            {
                CheckLambdaRetry(context, state);
            }
        }
    }

    private static void CheckLambdaRetry(ValidationContext context, StateOutline state)
    {
        var retried = state.Items("Retry")
            .Select(r => r.Item.GetOrNull("ErrorEquals") as JsonArray)
            .Where(a => a is not null)
            .Select(a => a!.OfType<JsonString>().Select(s => s.Value).ToList())
            .ToList();
        var missing = TransientLambdaErrors.Where(error => !retried.Any(errorEquals => ErrorMatcher.Matches(errorEquals, error))).ToList();
        if (missing.Count > 0)
        {
            var pointer = state.Value.ContainsKey("Retry") ? state.PointerOf("Retry") : state.Pointer;
            context.Warning(AslCodes.LambdaWithoutRetry, pointer, state.Name, $"no retrier handles {string.Join(", ", missing)}: add one for Lambda's transient service errors (AWS best practice \"handle transient Lambda service exceptions\")");
        }
    }
}
