using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Integrations.Events;

/// <summary>
/// The outcome of an <c>events:putEvents</c> task from PutEvents' response: the response itself
/// (<c>{Entries:[{EventId}|{ErrorCode,ErrorMessage}], FailedEntryCount}</c>), or, when FailedEntryCount
/// is not zero, the error <c>EventBridge.FailedEntry</c> (developer guide, connect-eventbridge) with the
/// response as cause.
/// </summary>
public static class PutEventsResult
{
    /// <summary>The error of a response with failed entries.</summary>
    public const string FailedEntry = "EventBridge.FailedEntry";

    /// <summary>The task outcome of a PutEvents response.</summary>
    public static TaskOutcome From(JsonObject response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var failed = response.GetOrNull("FailedEntryCount") is JsonNumber n && n.TryGetInt64(out var count) ? count : 0;
        return failed == 0 ? TaskOutcome.Success(response) : TaskOutcome.Failure(FailedEntry, response.ToJson());
    }
}
