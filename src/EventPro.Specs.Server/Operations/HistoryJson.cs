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
    /// The events of <paramref name="execution"/>, a snapshot converted to the wire shape on access.
    /// While it runs these are the events the engine has recorded so far (AWS shows a running
    /// execution's history as it grows). Before the engine's first event, or when no history was
    /// kept, the ExecutionStarted event is built like the engine builds it, and the end event after it.
    /// </summary>
    public static IReadOnlyList<JsonObject> Events(ExecutionRecord execution, bool includeData)
    {
        var outcome = execution.Outcome;
        var recorded = outcome is { Events.Count: > 0 } ? outcome.Events : execution.History.Snapshot();
        if (outcome is null && recorded.Count > 0 && IsExecutionEnd(recorded[^1].Type))
        {
            // The engine has recorded the end but the record is not completed yet: hold the end event
            // back for that moment, so a client that sees it in the history also sees the status.
            recorded = recorded.Take(recorded.Count - 1).ToArray();
        }

        if (recorded.Count == 0)
        {
            var events = new List<JsonObject> { Strip(Started(execution), includeData) };
            if (outcome is not null)
            {
                events.Add(Strip(Ended(outcome, 2), includeData));
            }

            return events;
        }

        // An execution the engine could not finish (ExecutionOutcome.Crashed) still gets its end event.
        var ending = outcome is not null && !IsExecutionEnd(recorded[^1].Type) ? Strip(Ended(outcome, recorded.Count + 1), includeData) : null;
        return new WireEvents(recorded, execution.StopRequest, includeData, ending);
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

    private static bool IsExecutionEnd(HistoryEventType type) =>
        type is HistoryEventType.ExecutionSucceeded or HistoryEventType.ExecutionFailed or HistoryEventType.ExecutionAborted or HistoryEventType.ExecutionTimedOut;

    private static JsonObject Ended(ExecutionOutcome outcome, long id)
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
            ("id", id),
            ("previousEventId", id - 1),
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

    /// <summary>Recorded events, converted to the wire shape only when a page asks for them.</summary>
    private sealed class WireEvents(IReadOnlyList<HistoryEvent> recorded, StopRequest? stop, bool includeData, JsonObject? ending) : IReadOnlyList<JsonObject>
    {
        public int Count => recorded.Count + (ending is null ? 0 : 1);

        public JsonObject this[int index] => index == recorded.Count && ending is not null ? ending : Strip(Wire(recorded[index], stop), includeData);

        public IEnumerator<JsonObject> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
