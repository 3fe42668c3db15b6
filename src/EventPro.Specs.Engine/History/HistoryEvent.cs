using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.History;

/// <summary>
/// One event of an execution's history. The details are kept as typed fields that share the
/// state's JSON values (no copy, no serialisation while running); <see cref="ToAwsJson"/> builds
/// the exact GetExecutionHistory shape only when someone asks for it.
/// </summary>
public sealed class HistoryEvent
{
    // Fields only some event types carry live in a side object, so the common entered/exited
    // events stay small (an execution records two per state).
    private RareDetails? _rare;

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
    public string? Error { get => _rare?.Error; init => Rare.Error = value; }

    /// <summary>The cause of a failed event.</summary>
    public string? Cause { get => _rare?.Cause; init => Rare.Cause = value; }

    /// <summary>Map iteration index.</summary>
    public int? Index { get => _rare?.Index; init => Rare.Index = value; }

    /// <summary>Map length (MapStateStarted).</summary>
    public int? Length { get => _rare?.Length; init => Rare.Length = value; }

    /// <summary>Task resource type (e.g. <c>lambda</c>, <c>states</c>) for Task* events.</summary>
    public string? ResourceType { get => _rare?.ResourceType; init => Rare.ResourceType = value; }

    /// <summary>Task resource (e.g. <c>invoke</c>, <c>http:invoke</c>) for Task* events, or the function ARN for Lambda* events.</summary>
    public string? Resource { get => _rare?.Resource; init => Rare.Resource = value; }

    /// <summary>The task parameters (TaskScheduled, LambdaFunctionScheduled input).</summary>
    public JsonValue? Parameters { get => _rare?.Parameters; init => Rare.Parameters = value; }

    /// <summary>TimeoutSeconds of a scheduled task.</summary>
    public long? TimeoutInSeconds { get => _rare?.TimeoutInSeconds; init => Rare.TimeoutInSeconds = value; }

    /// <summary>HeartbeatSeconds of a scheduled task.</summary>
    public long? HeartbeatInSeconds { get => _rare?.HeartbeatInSeconds; init => Rare.HeartbeatInSeconds = value; }

    /// <summary>The region of a scheduled task.</summary>
    public string? Region { get => _rare?.Region; init => Rare.Region = value; }

    /// <summary>Variables assigned by the state (stateExitedEventDetails.assignedVariables).</summary>
    public JsonObject? AssignedVariables { get => _rare?.AssignedVariables; init => Rare.AssignedVariables = value; }

    /// <summary>The field an EvaluationFailed event points at.</summary>
    public string? Location { get => _rare?.Location; init => Rare.Location = value; }

    /// <summary>The execution's role ARN (ExecutionStarted).</summary>
    public string? RoleArn { get => _rare?.RoleArn; init => Rare.RoleArn = value; }

    /// <summary>The event as AWS GetExecutionHistory returns it (inputs and outputs as JSON strings).</summary>
    public JsonObject ToAwsJson() => HistoryEventJson.Build(this, dataAsStrings: true);

    /// <summary>The event with inputs and outputs as JSON values rather than strings (for snapshots and the conformance comparison).</summary>
    public JsonObject ToReadableJson() => HistoryEventJson.Build(this, dataAsStrings: false);

    /// <summary>
    /// Reads an event of a GetExecutionHistory answer (the inverse of <see cref="ToAwsJson"/>; also
    /// accepts <see cref="ToReadableJson"/> and epoch-seconds timestamps); throws <see cref="FormatException"/>
    /// when it has no known <c>type</c>.
    /// </summary>
    public static HistoryEvent FromAwsJson(JsonObject json) => HistoryEventReader.Read(json);

    private RareDetails Rare => _rare ??= new RareDetails();

    private sealed class RareDetails
    {
        public string? Error;
        public string? Cause;
        public int? Index;
        public int? Length;
        public string? ResourceType;
        public string? Resource;
        public JsonValue? Parameters;
        public long? TimeoutInSeconds;
        public long? HeartbeatInSeconds;
        public string? Region;
        public JsonObject? AssignedVariables;
        public string? Location;
        public string? RoleArn;
    }
}
