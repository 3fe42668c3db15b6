using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Integrations;

/// <summary>What a task backend answered: a result, or an error and cause.</summary>
public readonly record struct TaskOutcome
{
    private TaskOutcome(JsonValue? output, string? error, string? cause)
    {
        Output = output;
        Error = error;
        Cause = cause;
    }

    /// <summary>The result, when the task succeeded.</summary>
    public JsonValue? Output { get; }

    /// <summary>The error name, when the task failed.</summary>
    public string? Error { get; }

    /// <summary>The cause, when the task failed (may be null).</summary>
    public string? Cause { get; }

    /// <summary>Whether the task failed.</summary>
    public bool Failed => Error is not null;

    /// <summary>A successful result.</summary>
    public static TaskOutcome Success(JsonValue output) => new(output, null, null);

    /// <summary>A failure with an ASL error name and cause.</summary>
    public static TaskOutcome Failure(string error, string? cause) => new(null, error, cause);
}
