using System.Globalization;
using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Paths;

namespace EventPro.Specs.Engine.States.Map;

/// <summary>
/// Running one attempt of an inline Map state: the items from ItemsPath, each through ItemSelector
/// (which sees <c>$$.Map.Item</c>) and the item processor in its own variable scope, at most
/// MaxConcurrency at a time; the output is the array of iteration outputs in item order. Iteration
/// failures beyond the tolerated count or percentage fail the state.
/// </summary>
public sealed partial class MapState
{
    internal override async ValueTask<StateOutcome> AttemptAsync(StateRun run)
    {
        var effective = ApplyInputPath(run);
        var itemsValue = Settings.ItemsPath.Select(effective, run);
        if (itemsValue is not JsonArray items)
        {
            throw new EvaluationException(StatesErrors.Runtime, $"Map state input must be an array but was: {itemsValue.ToJson()}");
        }

        var maxConcurrency = ReadCount(Settings.MaxConcurrency, Settings.MaxConcurrencyPath, "MaxConcurrencyPath", effective, run);
        var toleratedCount = Settings.ToleratedFailureCountPath is null ? Settings.ToleratedFailureCount : ReadCount(0, Settings.ToleratedFailureCountPath, "ToleratedFailureCountPath", effective, run);
        var toleratedPercentage = Settings.ToleratedFailurePercentagePath is null ? Settings.ToleratedFailurePercentage : ReadCount(0, Settings.ToleratedFailurePercentagePath, "ToleratedFailurePercentagePath", effective, run);

        var owner = run.Branch;
        var exec = run.Run;
        var started = owner.Append(new HistoryEvent(exec.NextEventId, owner.Cursor, exec.Now, HistoryEventType.MapStateStarted) { Length = items.Count });
        run.Started = true;
        var iterations = new MapIterations(this, run, items, effective, started.Id);
        var result = await iterations.RunAsync(maxConcurrency, toleratedCount, toleratedPercentage);
        if (result.Failed)
        {
            // The next attempt (or MapStateFailed) follows the last event inside the iterations.
            owner.Cursor = iterations.LastInnerEventId;
            return StateOutcome.Fail(result.Error, result.Cause);
        }

        // AWS links MapStateSucceeded and MapStateExited to the last iteration event; the former does not advance the branch.
        exec.Record(new HistoryEvent(exec.NextEventId, iterations.LastIterationEventId, exec.Now, HistoryEventType.MapStateSucceeded));
        owner.Cursor = iterations.LastIterationEventId;
        return Finish(run, result.Output!);
    }

    internal override void RecordFinalFailure(StateRun run)
    {
        if (run.Started)
        {
            run.Branch.Append(new HistoryEvent(run.Run.NextEventId, run.Branch.Cursor, run.Run.Now, HistoryEventType.MapStateFailed));
        }
    }

    /// <summary>A count from a fixed field or a path; AWS accepts a number or a string holding an integer.</summary>
    private static int ReadCount(int fixedValue, PathExpression? path, string field, JsonValue input, StateRun run)
    {
        if (path is null)
        {
            return fixedValue;
        }

        var value = PathSelection.Select(path, input, run);
        var ok = value switch
        {
            JsonNumber n when n.TryGetInt32(out var i) && i >= 0 => (int?)i,
            JsonString s when int.TryParse(s.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) => i,
            _ => null,
        };
        var shown = value is JsonString text ? text.Value : value.ToJson();
        return ok ?? throw new EvaluationException(StatesErrors.Runtime, $"The {field} field refers to value \"{shown}\" which is not a valid integer: {path.Text}");
    }
}
