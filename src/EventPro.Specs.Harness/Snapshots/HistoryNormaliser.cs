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
    /// <summary>The normalised events of <paramref name="result"/>.</summary>
    public static JsonArray Normalise(ExecutionResult result)
    {
        var uuids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var events = new List<JsonValue>(result.Events.Count);
        foreach (var e in result.Events)
        {
            var json = e.ToReadableJson();
            var offset = (e.Timestamp - result.StartDate).TotalSeconds;
            json = json.With("timestamp", "+" + offset.ToString("0.000", CultureInfo.InvariantCulture) + "s");
            events.Add(Scrub(json, result, uuids));
        }

        return JsonArray.From(events);
    }

    private static JsonValue Scrub(JsonValue value, ExecutionResult result, Dictionary<string, string> uuids) => value switch
    {
        JsonString s => new JsonString(ScrubText(s.Value, result, uuids)),
        JsonArray a => JsonArray.From(a.Select(item => Scrub(item, result, uuids))),
        JsonObject o => JsonObject.From(o.Select(m => new KeyValuePair<string, JsonValue>(m.Key, Scrub(m.Value, result, uuids)))),
        _ => value,
    };

    private static string ScrubText(string text, ExecutionResult result, Dictionary<string, string> uuids)
    {
        text = text.Replace(result.Info.Arn, "<execution-arn>", StringComparison.Ordinal)
            .Replace(result.Info.StateMachineArn, "<state-machine-arn>", StringComparison.Ordinal);
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

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Uuid();
}
