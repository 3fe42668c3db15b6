using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.History;

/// <summary>
/// One event of an execution's history. The details are kept as typed fields that share the
/// state's JSON values (no copy, no serialisation while running); <see cref="ToAwsJson"/> builds
/// the exact GetExecutionHistory shape only when someone asks for it.
/// </summary>
public sealed class HistoryEvent
{
    private const int IdBits = 16;
    private const uint DataIsOutputBit = 1u << 8;
    private const uint DataIsParametersBit = 1u << 9;
    private const int IndexShift = 10;

    /// <summary>The largest event id an event can hold (well above AWS's 25,000-event history quota).</summary>
    internal const long MaxId = ushort.MaxValue;

    /// <summary>The largest Map iteration index an event can hold.</summary>
    internal const int MaxIndex = (1 << (32 - IndexShift)) - 2;

    // Fields only some event types carry live in a side object, so the common entered/exited
    // events stay small (an execution records two per state).
    private RareDetails? _rare;

    private readonly long _utcTicks;

    // An event carries an input (entered, started), an output (exited, succeeded) or task parameters
    // (scheduled), hardly ever two of them: one field holds whichever is set first and a second goes
    // to the side object. A scheduled event's other details are then the same for every attempt
    // of its state and shared (see SharedDetails.ForScheduled).
    private readonly JsonValue? _data;

    // The id and previous id, 16 bits each: AWS caps a history at 25,000 events (HistoryLimits.MaxEvents,
    // which the engine enforces). With the type, whether _data is the output and the Map iteration
    // index (every iteration records 2 events) packed in a second word, an event is 56 bytes rather
    // than 64; an execution records at least two per state.
    private readonly uint _ids;

    // Bits 0-7 the type, bit 8 set when _data is the output, bit 9 when it is the parameters,
    // bits 10-31 the Map iteration index + 1 (0: none).
    private readonly uint _packed;

    internal HistoryEvent(long id, long previousEventId, DateTimeOffset timestamp, HistoryEventType type)
    {
        _ids = checked((ushort)id) | ((uint)checked((ushort)previousEventId) << IdBits);
        _utcTicks = timestamp.UtcTicks;
        _packed = checked((byte)type);
    }

    /// <summary>An event that starts from details it shares with other events (see <see cref="SharedDetails"/>).</summary>
    internal HistoryEvent(long id, long previousEventId, DateTimeOffset timestamp, HistoryEventType type, SharedDetails shared)
        : this(id, previousEventId, timestamp, type) => _rare = shared.Details;

    /// <summary>The event id, from 1.</summary>
    public long Id => _ids & ushort.MaxValue;

    /// <summary>The id of the event this one follows in its branch (0 for the first).</summary>
    public long PreviousEventId => _ids >> IdBits;

    /// <summary>When the event happened (on the execution's clock), in UTC.</summary>
    public DateTimeOffset Timestamp => new(_utcTicks, TimeSpan.Zero);

    /// <summary>The event type.</summary>
    public HistoryEventType Type => (HistoryEventType)(byte)_packed;

    /// <summary>The state name (state events), or the Map state's name (iteration events).</summary>
    public string? Name { get; init; }

    /// <summary>The input of an entered or started event.</summary>
    public JsonValue? Input
    {
        get => _data is not null && (_packed & (DataIsOutputBit | DataIsParametersBit)) == 0 ? _data : _rare?.Input;
        init
        {
            if (value is not null && !KeepInData(ref _data, ref _packed, value, 0))
            {
                Rare(needed: true)!.Input = value;
            }
        }
    }

    /// <summary>The output of an exited or succeeded event.</summary>
    public JsonValue? Output
    {
        get => _data is not null && (_packed & DataIsOutputBit) != 0 ? _data : _rare?.Output;
        init
        {
            if (value is not null && !KeepInData(ref _data, ref _packed, value, DataIsOutputBit))
            {
                Rare(needed: true)!.Output = value;
            }
        }
    }

    /// <summary>
    /// Keeps the first of an event's input, output or parameters in the one data field (most events
    /// have one), marked by <paramref name="kindBit"/>; a second one goes to the rare details.
    /// </summary>
    /// <returns>Whether <paramref name="value"/> was kept in the data field.</returns>
    private static bool KeepInData(ref JsonValue? data, ref uint packed, JsonValue value, uint kindBit)
    {
        if (data is not null)
        {
            return false;
        }

        data = value;
        packed |= kindBit;
        return true;
    }

    /// <summary>The error of a failed event.</summary>
    public string? Error { get => _rare?.Error; init => Rare(value is not null)?.Error = value; }

    /// <summary>The cause of a failed event.</summary>
    public string? Cause { get => _rare?.Cause; init => Rare(value is not null)?.Cause = value; }

    /// <summary>Map iteration index.</summary>
    public int? Index
    {
        get
        {
            var stored = _packed >> IndexShift;
            return stored == 0 ? null : (int)stored - 1;
        }

        init
        {
            // A negative index means none, as before the index was packed.
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value ?? 0, MaxIndex, nameof(Index));
            var stored = value is >= 0 ? (uint)(value.Value + 1) : 0;
            _packed = (_packed & ((1u << IndexShift) - 1)) | (stored << IndexShift);
        }
    }

    /// <summary>Map length (MapStateStarted).</summary>
    public int? Length { get => _rare?.Length; init => Rare(value is not null)?.Length = value; }

    /// <summary>Task resource type (e.g. <c>lambda</c>, <c>states</c>) for Task* events.</summary>
    public string? ResourceType { get => _rare?.ResourceType; init => Rare(value is not null)?.ResourceType = value; }

    /// <summary>Task resource (e.g. <c>invoke</c>, <c>http:invoke</c>) for Task* events, or the function ARN for Lambda* events.</summary>
    public string? Resource { get => _rare?.Resource; init => Rare(value is not null)?.Resource = value; }

    /// <summary>The task parameters (TaskScheduled, LambdaFunctionScheduled input).</summary>
    public JsonValue? Parameters
    {
        get => _data is not null && (_packed & DataIsParametersBit) != 0 ? _data : _rare?.Parameters;
        init
        {
            if (value is not null && !KeepInData(ref _data, ref _packed, value, DataIsParametersBit))
            {
                Rare(needed: true)!.Parameters = value;
            }
        }
    }

    /// <summary>TimeoutSeconds of a scheduled task.</summary>
    public long? TimeoutInSeconds { get => _rare?.TimeoutInSeconds; init => Rare(value is not null)?.TimeoutInSeconds = value; }

    /// <summary>HeartbeatSeconds of a scheduled task.</summary>
    public long? HeartbeatInSeconds { get => _rare?.HeartbeatInSeconds; init => Rare(value is not null)?.HeartbeatInSeconds = value; }

    /// <summary>The region of a scheduled task.</summary>
    public string? Region { get => _rare?.Region; init => Rare(value is not null)?.Region = value; }

    /// <summary>Variables assigned by the state (stateExitedEventDetails.assignedVariables).</summary>
    public JsonObject? AssignedVariables { get => _rare?.AssignedVariables; init => Rare(value is not null)?.AssignedVariables = value; }

    /// <summary>The field an EvaluationFailed event points at.</summary>
    public string? Location { get => _rare?.Location; init => Rare(value is not null)?.Location = value; }

    /// <summary>The execution's role ARN (ExecutionStarted).</summary>
    public string? RoleArn { get => _rare?.RoleArn; init => Rare(value is not null)?.RoleArn = value; }

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

    // An unset detail allocates nothing: entered/exited events pass a null AssignedVariables and the
    // final event a null Error and Cause, and must stay as small as events that have no such field.
    // Setting null leaves shared details alone (a null detail is the default anyway).
    private RareDetails? Rare(bool needed)
    {
        if (!needed)
        {
            return null;
        }

        if (_rare is { Shared: true } shared)
        {
            // Copy on first write: a failed task event adds its error to the state's resource details.
            _rare = shared.Copy();
        }

        return _rare ??= new RareDetails();
    }

    /// <summary>
    /// Details many events carry unchanged: a Task state's resourceType and resource appear on
    /// every started, succeeded, failed and timed-out event of the state. Built once per state and
    /// shared by those events, so they need no side object of their own.
    /// </summary>
    internal sealed class SharedDetails
    {
        /// <summary>The resourceType and resource of a Task state's events.</summary>
        public SharedDetails(string resourceType, string resource) =>
            Details = new RareDetails { ResourceType = resourceType, Resource = resource, Shared = true };

        private SharedDetails(RareDetails details) => Details = details;

        /// <summary>The roleArn of an ExecutionStarted event: the same for every execution of one machine with one set of options.</summary>
        public static SharedDetails ForRoleArn(string roleArn) => new(new RareDetails { RoleArn = roleArn, Shared = true });

        /// <summary>
        /// A scheduled event's details but its parameters (which go in the event's data field):
        /// resourceType (null for LambdaFunctionScheduled), resource, region, timeout and heartbeat.
        /// </summary>
        public static SharedDetails ForScheduled(string? resourceType, string resource, string? region, long? timeoutInSeconds, long? heartbeatInSeconds) => new(new RareDetails
        {
            ResourceType = resourceType,
            Resource = resource,
            Region = region,
            TimeoutInSeconds = timeoutInSeconds,
            HeartbeatInSeconds = heartbeatInSeconds,
            Shared = true,
        });

        /// <summary>A failed or timed-out event's error and cause, with the resourceType and resource of a Task state's event (null for others).</summary>
        public static SharedDetails ForError(string? resourceType, string? resource, string? error, string? cause) =>
            new(new RareDetails { ResourceType = resourceType, Resource = resource, Error = error, Cause = cause, Shared = true });

        /// <summary>A MapStateStarted event's item count.</summary>
        public static SharedDetails ForLength(int length) => new(new RareDetails { Length = length, Shared = true });

        /// <summary>Whether these details hold this error and cause.</summary>
        public bool HasError(string? error, string? cause) => Details.Error == error && Details.Cause == cause;

        /// <summary>Whether these details hold this item count.</summary>
        public bool HasLength(int length) => Details.Length == length;

        /// <summary>Whether these scheduled details are the ones <see cref="ForScheduled"/> would build from these values.</summary>
        public bool IsScheduled(string? region, long? timeoutInSeconds, long? heartbeatInSeconds) =>
            Details.Region == region && Details.TimeoutInSeconds == timeoutInSeconds && Details.HeartbeatInSeconds == heartbeatInSeconds;

        internal RareDetails Details { get; }
    }

    internal sealed class RareDetails
    {
        // Plain numbers and "present" bits rather than three Nullable fields (16, 16 and 8 bytes):
        // every Task attempt's scheduled event has one of these objects, 24 bytes smaller this way.
        private const byte HasLength = 1;
        private const byte HasTimeout = 2;
        private const byte HasHeartbeat = 4;

        public bool Shared;
        public JsonValue? Input;
        public JsonValue? Output;
        public string? Error;
        public string? Cause;
        public string? ResourceType;
        public string? Resource;
        public JsonValue? Parameters;
        public string? Region;
        public JsonObject? AssignedVariables;
        public string? Location;
        public string? RoleArn;

        private long _timeoutInSeconds;
        private long _heartbeatInSeconds;
        private int _length;
        private byte _present;

        public int? Length
        {
            get => Has(HasLength) ? _length : null;
            set
            {
                _length = value ?? 0;
                SetPresent(HasLength, value is not null);
            }
        }

        public long? TimeoutInSeconds
        {
            get => Has(HasTimeout) ? _timeoutInSeconds : null;
            set
            {
                _timeoutInSeconds = value ?? 0;
                SetPresent(HasTimeout, value is not null);
            }
        }

        public long? HeartbeatInSeconds
        {
            get => Has(HasHeartbeat) ? _heartbeatInSeconds : null;
            set
            {
                _heartbeatInSeconds = value ?? 0;
                SetPresent(HasHeartbeat, value is not null);
            }
        }

        public RareDetails Copy()
        {
            var copy = (RareDetails)MemberwiseClone();
            copy.Shared = false;
            return copy;
        }

        private bool Has(byte bit) => (_present & bit) != 0;

        private void SetPresent(byte bit, bool present) => _present = (byte)(present ? _present | bit : _present & ~bit);
    }
}
