using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Tests.Conformance;

/// <summary>One AWS-recorded execution (format: shared/conformance/README.md).</summary>
public sealed record ConformanceCase(
    string FileName,
    string Id,
    JsonValue Definition,
    JsonValue Input,
    string Status,
    JsonValue? Output,
    JsonValue? Error,
    JsonValue? Cause,
    JsonArray? Events,
    string QueryLanguage,
    bool ParallelEventsNormalised,
    IReadOnlyList<string> Placeholders)
{
    public static ConformanceCase Load(string path)
    {
        var root = (JsonObject)JsonValue.Parse(File.ReadAllText(path));
        var expected = (JsonObject)root["expected"];
        var meta = (JsonObject)root["meta"];
        var placeholders = meta.GetOrNull("placeholders_in_expected") is JsonArray list
            ? list.Select(v => v is JsonString s ? s.Value : v.ToJson()).ToList()
            : [];
        return new ConformanceCase(
            Path.GetFileName(path),
            ((JsonString)root["id"]).Value,
            root["definition"],
            root["input"],
            ((JsonString)expected["status"]).Value,
            expected.GetOrNull("output"),
            expected.GetOrNull("error"),
            expected.GetOrNull("cause"),
            expected.GetOrNull("events") as JsonArray,
            ((JsonString)meta["query_language"]).Value,
            meta.GetOrNull("parallel_events_normalised") is JsonBoolean { Value: true },
            placeholders);
    }
}
