using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Execution;

/// <summary>How a branch (the whole machine, a Parallel branch or a Map iteration) ended.</summary>
internal readonly record struct BranchOutcome(JsonValue? Output, string? Error, string? Cause, bool Failed)
{
    public static BranchOutcome Success(JsonValue output) => new(output, null, null, false);

    public static BranchOutcome Failure(string? error, string? cause) => new(null, error, cause, true);
}
