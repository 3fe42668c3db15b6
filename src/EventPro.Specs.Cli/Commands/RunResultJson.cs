using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Cli.Commands;

/// <summary>The <c>--json</c> form of a run: events exactly as GetExecutionHistory returns them.</summary>
internal static class RunResultJson
{
    public static JsonObject Build(ExecutionResult result)
    {
        var events = result.Events.Select(e => (JsonValue)e.ToAwsJson());
        return JsonObject.Of(
            ("status", result.StatusName),
            ("output", result.Output is null ? JsonNull.Instance : result.Output),
            ("error", result.Error is null ? JsonNull.Instance : result.Error),
            ("cause", result.Cause is null ? JsonNull.Instance : result.Cause),
            ("events", JsonArray.From(events)));
    }
}
