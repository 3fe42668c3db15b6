using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Protocol;
using EventPro.Specs.Server.Registry;

namespace EventPro.Specs.Server.Operations;

/// <summary>
/// History events as GetExecutionHistory returns them over the wire: the engine's AWS shape with
/// the timestamp as epoch seconds (the AWS JSON protocol's timestamp format).
/// </summary>
public static class HistoryJson
{
    private static readonly JsonObject NotTruncated = JsonObject.Of(("truncated", JsonBoolean.False));

    /// <summary>
    /// The events of <paramref name="execution"/>. While it runs, the events recorded so far (so a
    /// user can read a callback task's token from its TaskScheduled parameters, as from the message
    /// the task sent); before the engine recorded any, the ExecutionStarted event built like the engine builds it.
    /// </summary>
    public static IReadOnlyList<JsonObject> Events(ExecutionRecord execution, bool includeData)
    {
        var outcome = execution.Outcome;
        if (outcome is null && execution.LiveEvents is { Count: > 0 } live)
        {
            return live.Select(e => Strip(Wire(e, null), includeData)).ToList();
        }

        if (outcome is null || outcome.Events.Count == 0)
        {
            var events = new List<JsonObject> { Strip(Started(execution), includeData) };
            if (outcome is not null)
            {
                events.Add(Strip(Ended(outcome), includeData));
            }

            return events;
        }

        var stop = execution.StopRequest;
        return outcome.Events.Select(e => Strip(Wire(e, stop), includeData)).ToList();
    }

    /// <summary>One engine event on the wire. ExecutionAborted carries StopExecution's error and cause, as on AWS.</summary>
    public static JsonObject Wire(HistoryEvent e, StopRequest? stop)
    {
        var json = e.ToAwsJson().With("timestamp", AwsTimestamp.From(e.Timestamp));
        if (e.Type == HistoryEventType.ExecutionAborted && stop is not null && (stop.Error is not null || stop.Cause is not null))
        {
            json = json.With("executionAbortedEventDetails", ErrorAndCause(stop.Error, stop.Cause));
        }

        return json;
    }

    /// <summary>The ExecutionStarted event of an execution, as the engine records it (id 1, input as JSON text, role ARN).</summary>
    public static JsonObject Started(ExecutionRecord execution) => JsonObject.Of(
        ("id", 1L),
        ("previousEventId", 0L),
        ("timestamp", AwsTimestamp.From(execution.StartDate)),
        ("type", nameof(HistoryEventType.ExecutionStarted)),
        ("executionStartedEventDetails", JsonObject.Of(
            ("input", execution.Input.ToJson()),
            ("inputDetails", NotTruncated),
            ("roleArn", execution.Revision.RoleArn))));

    private static JsonObject Ended(ExecutionOutcome outcome)
    {
        var type = outcome.Status switch
        {
            ExecutionStatus.Succeeded => HistoryEventType.ExecutionSucceeded,
            ExecutionStatus.Aborted => HistoryEventType.ExecutionAborted,
            ExecutionStatus.TimedOut => HistoryEventType.ExecutionTimedOut,
            _ => HistoryEventType.ExecutionFailed,
        };
        var name = type.ToString();
        var details = type == HistoryEventType.ExecutionSucceeded
            ? JsonObject.Of(("output", (outcome.Output ?? JsonNull.Instance).ToJson()), ("outputDetails", NotTruncated))
            : ErrorAndCause(outcome.Error, outcome.Cause);
        return JsonObject.Of(
            ("id", 2L),
            ("previousEventId", 1L),
            ("timestamp", AwsTimestamp.From(outcome.StopDate)),
            ("type", name),
            (char.ToLowerInvariant(name[0]) + name[1..] + "EventDetails", details));
    }

    private static JsonObject ErrorAndCause(string? error, string? cause)
    {
        var details = new JsonObjectBuilder(2);
        if (error is not null)
        {
            details["error"] = error;
        }

        if (cause is not null)
        {
            details["cause"] = cause;
        }

        return details.Build();
    }

    /// <summary>Without execution data (includeExecutionData false): the details lose their input and output.</summary>
    private static JsonObject Strip(JsonObject json, bool includeData)
    {
        if (includeData)
        {
            return json;
        }

        foreach (var (key, value) in json.AsSpan())
        {
            if (key.EndsWith("EventDetails", StringComparison.Ordinal) && value is JsonObject details)
            {
                return json.With(key, details.Without("input").Without("output"));
            }
        }

        return json;
    }
}
