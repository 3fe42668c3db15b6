using System.Globalization;
using System.Text.RegularExpressions;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Harness.Snapshots;

/// <summary>
/// Turns a history into a snapshot that only changes when behaviour changes: timestamps become
/// offsets from the start in virtual time (<c>+2.000s</c>), the execution's ARNs become
/// <c>&lt;execution-arn&gt;</c> / <c>&lt;state-machine-arn&gt;</c>, and UUIDs become stable counters
/// (<c>&lt;uuid:1&gt;</c>, in order of appearance).
/// </summary>
public static partial class HistoryNormaliser
{
    /// <summary>
    /// The normalised events of <paramref name="result"/>. With <paramref name="rebaseTimesTo"/>,
    /// ISO 8601 times in the data that fall within the execution (from the context object:
    /// <c>$$.State.EnteredTime</c>, <c>$$.Execution.StartTime</c>, <c>$states.context</c>) are moved to
    /// the same offset from that start: an execution run on an endpoint then snapshots like the
    /// in-process one, whose virtual clock starts at a fixed time.
    /// </summary>
    public static JsonArray Normalise(ExecutionResult result, DateTimeOffset? rebaseTimesTo = null)
    {
        var uuids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var events = new List<JsonValue>(result.Events.Count);
        foreach (var e in result.Events)
        {
            var json = e.ToReadableJson();
            var offset = (e.Timestamp - result.StartDate).TotalSeconds;
            json = json.With("timestamp", "+" + offset.ToString("0.000", CultureInfo.InvariantCulture) + "s");
            events.Add(Scrub(json, result, uuids, rebaseTimesTo));
        }

        return JsonArray.From(events);
    }

    private static JsonValue Scrub(JsonValue value, ExecutionResult result, Dictionary<string, string> uuids, DateTimeOffset? rebase) => value switch
    {
        JsonString s => new JsonString(ScrubText(s.Value, result, uuids, rebase)),
        JsonArray a => JsonArray.From(a.Select(item => Scrub(item, result, uuids, rebase))),
        JsonObject o => JsonObject.From(o.Select(m => new KeyValuePair<string, JsonValue>(m.Key, Scrub(m.Value, result, uuids, rebase)))),
        _ => value,
    };

    private static string ScrubText(string text, ExecutionResult result, Dictionary<string, string> uuids, DateTimeOffset? rebase)
    {
        text = text.Replace(result.Info.Arn, "<execution-arn>", StringComparison.Ordinal)
            .Replace(result.Info.StateMachineArn, "<state-machine-arn>", StringComparison.Ordinal);
        if (rebase is { } start)
        {
            text = IsoTime().Replace(text, m => Rebased(m, result, start));
        }

        return Uuid().Replace(text, m =>
        {
            if (!uuids.TryGetValue(m.Value, out var name))
            {
                name = $"<uuid:{uuids.Count + 1}>";
                uuids[m.Value] = name;
            }

            return name;
        });
    }

    /// <summary>A time of the execution moved to the same offset from <paramref name="start"/>, with as many fraction digits; other times stay.</summary>
    private static string Rebased(Match time, ExecutionResult result, DateTimeOffset start)
    {
        if (!DateTimeOffset.TryParse(time.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            || at < result.StartDate.AddSeconds(-1) || at > result.StopDate.AddSeconds(1))
        {
            return time.Value;
        }

        var digits = time.Groups["fraction"].Length;
        var format = digits == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss." + new string('f', digits) + "'Z'";
        return (start + (at - result.StartDate)).UtcDateTime.ToString(format, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.(?<fraction>\d{1,7}))?Z", RegexOptions.CultureInvariant)]
    private static partial Regex IsoTime();

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Uuid();
}
