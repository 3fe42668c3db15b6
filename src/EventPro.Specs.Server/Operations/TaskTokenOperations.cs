using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Protocol;

namespace EventPro.Specs.Server.Operations;

/// <summary>
/// SendTaskSuccess, SendTaskFailure and SendTaskHeartbeat: answers to callback tasks, by task
/// token, through <see cref="Executions.TaskTokenRegistry"/>. A token that is not base64 of the
/// right length is InvalidToken; a well-formed one nobody waits for is TaskDoesNotExist; one
/// whose task already ended is TaskTimedOut.
/// </summary>
public static class TaskTokenOperations
{
    /// <summary>SendTaskSuccess.</summary>
    public static ValueTask<JsonObject> SucceedAsync(ApiCall call, ServerState state)
    {
        var f = call.Fields;
        var token = f.String("taskToken", 1, 2048, required: true);
        var output = f.String("output", 0, 262_144, required: true, sensitive: true);
        f.ThrowIfInvalid();

        // The output is parsed by the engine's broker (InvalidOutput), as for a Task's aws-sdk:sfn:sendTaskSuccess.
        state.TaskTokens.Succeed(token!, output!);
        return ValueTask.FromResult(JsonObject.Empty);
    }

    /// <summary>SendTaskFailure.</summary>
    public static ValueTask<JsonObject> FailAsync(ApiCall call, ServerState state)
    {
        var f = call.Fields;
        var token = f.String("taskToken", 1, 2048, required: true);
        var error = f.String("error", 0, 256, sensitive: true);
        var cause = f.String("cause", 0, 32_768, sensitive: true);
        f.ThrowIfInvalid();

        state.TaskTokens.Fail(token!, error, cause);
        return ValueTask.FromResult(JsonObject.Empty);
    }

    /// <summary>SendTaskHeartbeat.</summary>
    public static ValueTask<JsonObject> HeartbeatAsync(ApiCall call, ServerState state)
    {
        var f = call.Fields;
        var token = f.String("taskToken", 1, 2048, required: true);
        f.ThrowIfInvalid();

        state.TaskTokens.Heartbeat(token!);
        return ValueTask.FromResult(JsonObject.Empty);
    }
}
