using EventPro.Specs.Engine.Definition;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.States;

namespace EventPro.Specs.Engine;

/// <summary>
/// A parsed and checked state machine definition: immutable, so it can be run many times and
/// concurrently. Create one with <see cref="Parse"/> or <see cref="Load"/>.
/// </summary>
public sealed class StateMachine
{
    private History.HistoryEvent.SharedDetails? _errorDetails;

    internal StateMachine(StateGraph graph, int? timeoutSeconds, string? version, string? source, JsonObject definition)
    {
        Graph = graph;
        TimeoutSeconds = timeoutSeconds;
        Version = version;
        Source = source;
        Definition = definition;
    }

    /// <summary>The top-level states.</summary>
    public StateGraph Graph { get; }

    /// <summary>The state machine's TimeoutSeconds, or null.</summary>
    public int? TimeoutSeconds { get; }

    /// <summary>The Version field.</summary>
    public string? Version { get; }

    /// <summary>The file the definition was read from, when known.</summary>
    public string? Source { get; }

    /// <summary>The definition JSON as parsed.</summary>
    public JsonObject Definition { get; }

    /// <summary>
    /// How many events the last execution of this machine recorded (at most 1,024), so the next one
    /// sizes its history list once instead of growing it. Racy by design: any recent count will do.
    /// </summary>
    internal int EventCountHint { get; set; } = 32;

    /// <summary>
    /// The error and cause of a failed, timed-out or aborted execution's last event, shared with the
    /// machine's other executions that end the same way (a Fail state's fixed error, a mocked one)
    /// rather than a details object each; a new error or cause builds new ones. Executions on several
    /// threads may replace them at once: any of the complete, immutable instances is right.
    /// </summary>
    internal History.HistoryEvent.SharedDetails ErrorDetails(string? error, string? cause)
    {
        var cached = _errorDetails;
        if (cached is not null && cached.HasError(error, cause))
        {
            return cached;
        }

        return _errorDetails = History.HistoryEvent.SharedDetails.ForError(null, null, error, cause);
    }

    /// <summary>Parses a definition; throws <see cref="DefinitionException"/> naming the line, state and JSON pointer of any mistake.</summary>
    /// <param name="definitionJson">The ASL JSON text.</param>
    /// <param name="source">The file name to put in error messages, if any.</param>
    public static StateMachine Parse(string definitionJson, string? source = null) => DefinitionReader.Read(definitionJson, source);

    /// <summary>Reads and parses a definition file.</summary>
    public static StateMachine Load(string path) => Parse(File.ReadAllText(path), path);
}
