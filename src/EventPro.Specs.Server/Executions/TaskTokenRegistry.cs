using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Protocol;

namespace EventPro.Specs.Server.Executions;

/// <summary>
/// The server's side of callback tasks (<c>.waitForTaskToken</c>): every execution it runs hands
/// its task tokens to one engine <see cref="TaskTokens"/> broker, and SendTaskSuccess,
/// SendTaskFailure and SendTaskHeartbeat answer them through it, with AWS's errors as API errors
/// (HTTP 400): InvalidToken for text that is not a token, TaskDoesNotExist for a token no task was
/// given, TaskTimedOut for the token of a task that already ended.
/// </summary>
public sealed class TaskTokenRegistry
{
    /// <summary>The engine broker the server's executions use.</summary>
    public TaskTokens Tokens { get; } = new();

    /// <summary>Completes the task successfully (SendTaskSuccess) with <paramref name="outputJson"/>, a JSON text (else InvalidOutput).</summary>
    public void Succeed(string token, string outputJson) => Translate(() => Tokens.SendTaskSuccessJson(token, outputJson));

    /// <summary>Fails the task (SendTaskFailure). AWS lets both error and cause be absent.</summary>
    public void Fail(string token, string? error, string? cause) => Translate(() => Tokens.SendTaskFailure(token, error, cause));

    /// <summary>Records a heartbeat (SendTaskHeartbeat).</summary>
    public void Heartbeat(string token) => Translate(() => Tokens.SendTaskHeartbeat(token));

    private static void Translate(Action send)
    {
        try
        {
            send();
        }
        catch (TaskTokenException e)
        {
            throw e.Code switch
            {
                TaskTokenException.InvalidToken => ApiErrors.InvalidToken(e.AwsDetail),
                TaskTokenException.TaskDoesNotExist => ApiErrors.TaskDoesNotExist(e.AwsDetail),
                TaskTokenException.InvalidOutput => ApiErrors.InvalidOutput(e.AwsDetail),
                _ => ApiErrors.TaskTimedOut(e.AwsDetail),
            };
        }
    }
}
