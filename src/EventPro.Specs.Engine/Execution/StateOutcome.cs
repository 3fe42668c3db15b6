using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Execution;

/// <summary>How running one state ended: its output and where to go next, or an error.</summary>
internal readonly struct StateOutcome
{
    private StateOutcome(JsonValue? output, string? next, string? error, string? cause, JsonObject? assigned, bool failed)
    {
        Output = output;
        Next = next;
        Error = error;
        Cause = cause;
        Assigned = assigned;
        Failed = failed;
    }

    public JsonValue? Output { get; }

    /// <summary>The next state, or null when the state ends its branch.</summary>
    public string? Next { get; }

    public string? Error { get; }

    public string? Cause { get; }

    /// <summary>Variables the state assigned (applied by the branch after the state exits).</summary>
    public JsonObject? Assigned { get; }

    public bool Failed { get; }

    public static StateOutcome Continue(JsonValue output, string? next, JsonObject? assigned) => new(output, next, null, null, assigned, false);

    public static StateOutcome Fail(string? error, string? cause) => new(null, null, error, cause, null, true);
}
