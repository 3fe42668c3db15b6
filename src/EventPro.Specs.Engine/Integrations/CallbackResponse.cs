using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Integrations;

/// <summary>
/// How a responder registered with <see cref="TaskTokens.RespondTo"/> answers a callback task's
/// token, on the execution's clock (so virtual time skips the wait): <see cref="After"/> the
/// task's service call was submitted it sends <see cref="Answer"/>, meanwhile a heartbeat every
/// <see cref="HeartbeatEvery"/>. A null answer never answers (the task waits for its timeouts).
/// </summary>
public sealed record CallbackResponse
{
    /// <summary>A responder that never answers.</summary>
    public static readonly CallbackResponse Never = new();

    /// <summary>How long after the service call the answer comes.</summary>
    public TimeSpan After { get; init; }

    /// <summary>The interval of the heartbeats sent before the answer, or null for none.</summary>
    public TimeSpan? HeartbeatEvery { get; init; }

    /// <summary>The answer: a success output or an error and cause; null never answers.</summary>
    public TaskOutcome? Answer { get; init; }

    /// <summary>Answers with SendTaskSuccess(<paramref name="output"/>) after <paramref name="after"/>.</summary>
    public static CallbackResponse Succeeds(JsonValue output, TimeSpan after, TimeSpan? heartbeatEvery = null) =>
        new() { Answer = TaskOutcome.Success(output), After = after, HeartbeatEvery = heartbeatEvery };

    /// <summary>Answers with SendTaskFailure(<paramref name="error"/>, <paramref name="cause"/>) after <paramref name="after"/>.</summary>
    public static CallbackResponse Fails(string error, string? cause, TimeSpan after, TimeSpan? heartbeatEvery = null) =>
        new() { Answer = TaskOutcome.Failure(error, cause), After = after, HeartbeatEvery = heartbeatEvery };
}
