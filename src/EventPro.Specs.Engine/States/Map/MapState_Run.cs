using System.Globalization;
using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Paths;
using EventPro.Specs.Engine.Queries;

namespace EventPro.Specs.Engine.States.Map;

/// <summary>
/// Running one attempt of an inline Map state: the items from ItemsPath, each through ItemSelector
/// (which sees <c>$$.Map.Item</c>) and the item processor in its own variable scope, at most
/// MaxConcurrency at a time; the output is the array of iteration outputs in item order. Iteration
/// failures beyond the tolerated count or percentage fail the state.
/// </summary>
public sealed partial class MapState
{
    private HistoryEvent.SharedDetails? _lengthDetails;

    internal override async ValueTask<StateOutcome> AttemptAsync(StateRun run)
    {
        var effective = EffectiveInput(run);
        var items = SelectItems(effective, run);
        var (maxConcurrency, toleratedCount, toleratedPercentage) = IsJsonata ? JsonataLimits(run) : JsonPathLimits(effective, run);

        var owner = run.Branch;
        var exec = run.Run;
        var started = owner.Append(new HistoryEvent(exec.NextEventId, owner.Cursor, exec.Now, HistoryEventType.MapStateStarted, LengthDetails(items.Count)));
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

    /// <summary>
    /// The MapStateStarted details for <paramref name="length"/> items: the last ones built are kept and
    /// shared (a Map mostly gets the same number of items), a new count builds new ones. Executions on
    /// several threads may replace them at once: any of the complete, immutable instances is right.
    /// </summary>
    private HistoryEvent.SharedDetails LengthDetails(int length)
    {
        var cached = _lengthDetails;
        if (cached is not null && cached.HasLength(length))
        {
            return cached;
        }

        return _lengthDetails = HistoryEvent.SharedDetails.ForLength(length);
    }

    /// <summary>
    /// The input of one iteration: ItemSelector (or the legacy Parameters) on the effective input with
    /// <c>$$.Map.Item</c> set (JSONPath), or ItemSelector with <c>$states.context.Map.Item</c> set
    /// (JSONata); the item itself when there is none. <paramref name="itemContext"/> is the attempt's
    /// one JSONPath item context, moved to this item.
    /// </summary>
    internal JsonValue SelectItem(MapItemContext itemContext, StateRun run, JsonValue effective, int index, JsonValue item) => IsJsonata
        ? Settings.JsonataItemSelector?.Evaluate(run.JsonataForMapItem(index, item)) ?? item
        : Parameters?.Evaluate(effective, itemContext.For(index, item)) ?? item;

    internal override void RecordFinalFailure(StateRun run)
    {
        if (run.Started || run.EvaluationFailed)
        {
            run.Branch.Append(new HistoryEvent(run.Run.NextEventId, run.Branch.Cursor, run.Run.Now, HistoryEventType.MapStateFailed));
        }
    }

    /// <summary>
    /// The items: ItemsPath on the effective input (JSONPath), or Items, a JSON array or an
    /// expression that must give one, defaulting to the state input (JSONata, "Map state": Items).
    /// A JSONata Map fails with States.QueryEvaluationError where a JSONPath one fails with
    /// States.Runtime (recorded on AWS: test_map_state_items_input_types_*, test_map_state_items_eval_jsonata_fail_*).
    /// </summary>
    private JsonArray SelectItems(JsonValue effective, StateRun run)
    {
        if (!IsJsonata)
        {
            var selected = Settings.ItemsPath.Select(effective, run);
            return selected as JsonArray ?? throw new EvaluationException(StatesErrors.Runtime, $"Map state input must be an array but was: {selected.ToJson()}");
        }

        if (Settings.Items is null)
        {
            return effective as JsonArray ?? throw QueryEvaluationErrors.Runtime($"Map state input must be an array but was: {effective.ToJson()}");
        }

        var items = Settings.Items.Evaluate(run.Jsonata());
        return items as JsonArray ?? throw QueryEvaluationErrors.UnexpectedType(Settings.Items.Expression!, "array", items);
    }

    private (int MaxConcurrency, int? ToleratedCount, double? ToleratedPercentage) JsonPathLimits(JsonValue effective, StateRun run) =>
    (
        ReadCount(Settings.MaxConcurrency, Settings.MaxConcurrencyPath, "MaxConcurrencyPath", effective, run),
        Settings.ToleratedFailureCountPath is null ? Settings.ToleratedFailureCount : ReadCount(0, Settings.ToleratedFailureCountPath, "ToleratedFailureCountPath", effective, run),
        Settings.ToleratedFailurePercentagePath is null ? Settings.ToleratedFailurePercentage : ReadCount(0, Settings.ToleratedFailurePercentagePath, "ToleratedFailurePercentagePath", effective, run));

    /// <summary>MaxConcurrency, ToleratedFailureCount and ToleratedFailurePercentage, each a number or an expression.</summary>
    private (int MaxConcurrency, int? ToleratedCount, double? ToleratedPercentage) JsonataLimits(StateRun run)
    {
        var environment = run.Jsonata();
        var maxConcurrency = Settings.MaxConcurrencyExpression is { } max ? (int)max.EvaluateInteger(environment, 0, int.MaxValue) : Settings.MaxConcurrency;
        var toleratedCount = Settings.ToleratedFailureCountExpression is { } count ? (int)count.EvaluateInteger(environment, 0, int.MaxValue) : Settings.ToleratedFailureCount;
        var toleratedPercentage = Settings.ToleratedFailurePercentage;
        if (Settings.ToleratedFailurePercentageExpression is { } percentage)
        {
            var value = percentage.Evaluate(environment);
            toleratedPercentage = value is JsonNumber { Value: >= 0 and <= 100 } n
                ? n.Value
                : throw QueryEvaluationErrors.UnexpectedType(percentage, "number between 0 and 100", value);
        }

        return (maxConcurrency, toleratedCount, toleratedPercentage);
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
