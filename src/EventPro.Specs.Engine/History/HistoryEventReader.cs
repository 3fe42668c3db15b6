using System.Globalization;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.History;

/// <summary>
/// The inverse of <see cref="HistoryEventJson"/>: reads one event of a GetExecutionHistory answer
/// (AWS's HistoryEvent shape) back into a <see cref="HistoryEvent"/>, so a history fetched from an
/// endpoint (Step Functions Local, our server, AWS) is asserted, snapshotted and covered like an
/// in-process one. Inputs and outputs may be JSON text (the wire) or JSON values (readable form);
/// the timestamp may be epoch seconds (the AWS JSON protocol) or ISO 8601 text.
/// </summary>
internal static class HistoryEventReader
{
    public static HistoryEvent Read(JsonObject json)
    {
        var typeName = Text(json, "type") ?? throw new FormatException("A history event has no 'type'.");
        if (!Enum.TryParse<HistoryEventType>(typeName, ignoreCase: false, out var type))
        {
            throw new FormatException($"Unknown history event type '{typeName}'.");
        }

        var details = DetailsOf(json);
        var isStateEvent = typeName.EndsWith("StateEntered", StringComparison.Ordinal) || typeName.EndsWith("StateExited", StringComparison.Ordinal);
        var parametersText = type == HistoryEventType.LambdaFunctionScheduled ? null : details?.GetOrNull("parameters");
        var id = EventId(json, "id");
        var previous = EventId(json, "previousEventId");
        var index = Long(details, "index");
        if (index > HistoryEvent.MaxIndex)
        {
            throw new FormatException($"The history event {id} has the Map iteration index {index}, more than a history can hold ({HistoryEvent.MaxIndex}).");
        }

        return new HistoryEvent(id, previous, Timestamp(json.GetOrNull("timestamp")), type)
        {
            Name = Text(details, "name") ?? (type == HistoryEventType.EvaluationFailed ? Text(details, "state") : null),
            Input = type == HistoryEventType.LambdaFunctionScheduled ? null : Data(details?.GetOrNull("input")),
            Output = Data(details?.GetOrNull("output")),
            Error = isStateEvent ? null : Text(details, "error"),
            Cause = isStateEvent ? null : Text(details, "cause"),
            Index = (int?)index,
            Length = (int?)Long(details, "length"),
            ResourceType = Text(details, "resourceType"),
            Resource = Text(details, "resource"),
            Parameters = type == HistoryEventType.LambdaFunctionScheduled ? Data(details?.GetOrNull("input")) : Data(parametersText),
            TimeoutInSeconds = Long(details, "timeoutInSeconds"),
            HeartbeatInSeconds = Long(details, "heartbeatInSeconds"),
            Region = Text(details, "region"),
            AssignedVariables = Assigned(details?.GetOrNull("assignedVariables")),
            Location = Text(details, "location"),
            RoleArn = Text(details, "roleArn"),
        };
    }

    /// <summary>An event id (0 when absent); AWS's 25,000-event quota keeps real ones far below what an event holds.</summary>
    private static long EventId(JsonObject json, string field)
    {
        var id = Long(json, field) ?? 0;
        return id is >= 0 and <= HistoryEvent.MaxId
            ? id
            : throw new FormatException($"A history event's '{field}' is {id}; event ids run from 0 to {HistoryEvent.MaxId} (AWS keeps at most {HistoryLimits.MaxEvents} events).");
    }

    private static JsonObject? DetailsOf(JsonObject json)
    {
        foreach (var (key, value) in json.AsSpan())
        {
            if (key.EndsWith("EventDetails", StringComparison.Ordinal) && value is JsonObject details)
            {
                return details;
            }
        }

        return null;
    }

    /// <summary>AWS sends data as JSON text; a readable history has the value itself.</summary>
    private static JsonValue? Data(JsonValue? value) => value switch
    {
        null => null,
        JsonString s => ParseOrKeep(s),
        _ => value,
    };

    private static JsonValue ParseOrKeep(JsonString text)
    {
        try
        {
            return JsonValue.Parse(text.Value);
        }
        catch (JsonParseException)
        {
            return text;
        }
    }

    /// <summary>Assigned variables are JSON text on AWS in both forms (see <see cref="HistoryEventJson"/>).</summary>
    private static JsonObject? Assigned(JsonValue? value)
    {
        if (value is not JsonObject assigned)
        {
            return null;
        }

        var builder = new JsonObjectBuilder(assigned.Count);
        foreach (var (name, v) in assigned.AsSpan())
        {
            builder[name] = v is JsonString s ? ParseOrKeep(s) : v;
        }

        return builder.Build();
    }

    private static DateTimeOffset Timestamp(JsonValue? value) => value switch
    {
        JsonNumber n => DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(n.Value * 1000)),
        JsonString s => DateTimeOffset.Parse(s.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        _ => DateTimeOffset.UnixEpoch,
    };

    private static string? Text(JsonObject? json, string key) => json?.GetOrNull(key) is JsonString s ? s.Value : null;

    private static long? Long(JsonObject? json, string key) => json?.GetOrNull(key) is JsonNumber n && n.TryGetInt64(out var v) ? v : null;
}
