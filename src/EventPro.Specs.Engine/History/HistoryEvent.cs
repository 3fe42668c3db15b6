using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.History;

/// <summary>
/// One event of an execution's history. The details are kept as typed fields that share the
/// state's JSON values (no copy, no serialisation while running); <see cref="ToAwsJson"/> builds
/// the exact GetExecutionHistory shape only when someone asks for it.
/// </summary>
public sealed class HistoryEvent
{
    internal HistoryEvent(long id, long previousEventId, DateTimeOffset timestamp, HistoryEventType type)
    {
        Id = id;
        PreviousEventId = previousEventId;
        Timestamp = timestamp;
        Type = type;
    }

    /// <summary>The event id, from 1.</summary>
    public long Id { get; }

    /// <summary>The id of the event this one follows in its branch (0 for the first).</summary>
    public long PreviousEventId { get; }

    /// <summary>When the event happened (on the execution's clock).</summary>
    public DateTimeOffset Timestamp { get; }

    /// <summary>The event type.</summary>
    public HistoryEventType Type { get; }

    /// <summary>The state name (state events), or the Map state's name (iteration events).</summary>
    public string? Name { get; init; }

    /// <summary>The input of an entered or started event.</summary>
    public JsonValue? Input { get; init; }

    /// <summary>The output of an exited or succeeded event.</summary>
    public JsonValue? Output { get; init; }

    /// <summary>The error of a failed event.</summary>
    public string? Error { get; init; }

    /// <summary>The cause of a failed event.</summary>
    public string? Cause { get; init; }

    /// <summary>Map iteration index.</summary>
    public int? Index { get; init; }

    /// <summary>Map length (MapStateStarted).</summary>
    public int? Length { get; init; }

    /// <summary>Task resource type (e.g. <c>lambda</c>, <c>states</c>) for Task* events.</summary>
    public string? ResourceType { get; init; }

    /// <summary>Task resource (e.g. <c>invoke</c>, <c>http:invoke</c>) for Task* events, or the function ARN for Lambda* events.</summary>
    public string? Resource { get; init; }

    /// <summary>The task parameters (TaskScheduled, LambdaFunctionScheduled input).</summary>
    public JsonValue? Parameters { get; init; }

    /// <summary>TimeoutSeconds of a scheduled task.</summary>
    public long? TimeoutInSeconds { get; init; }

    /// <summary>HeartbeatSeconds of a scheduled task.</summary>
    public long? HeartbeatInSeconds { get; init; }

    /// <summary>The region of a scheduled task.</summary>
    public string? Region { get; init; }

    /// <summary>Variables assigned by the state (stateExitedEventDetails.assignedVariables).</summary>
    public JsonObject? AssignedVariables { get; init; }

    /// <summary>The field an EvaluationFailed event points at.</summary>
    public string? Location { get; init; }

    /// <summary>The execution's role ARN (ExecutionStarted).</summary>
    public string? RoleArn { get; init; }

    /// <summary>The event as AWS GetExecutionHistory returns it (inputs and outputs as JSON strings).</summary>
    public JsonObject ToAwsJson() => HistoryEventJson.Build(this, dataAsStrings: true);

    /// <summary>The event with inputs and outputs as JSON values rather than strings (for snapshots and the conformance comparison).</summary>
    public JsonObject ToReadableJson() => HistoryEventJson.Build(this, dataAsStrings: false);
}
