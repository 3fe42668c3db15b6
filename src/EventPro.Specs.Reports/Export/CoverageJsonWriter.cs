using EventPro.Specs.Engine.Json;
using EventPro.Specs.Reports.Coverage;

namespace EventPro.Specs.Reports.Export;

/// <summary>
/// Writes <c>coverage.json</c>: per definition its counts, and its states, edges and paths, each
/// with a covered flag and the scenarios that covered it, plus each execution's path (and the parent task
/// that started it, or the child executions it started). Edges and paths
/// carry a <c>status</c>: <c>covered</c>, <c>uncovered</c>, or <c>infeasible</c> with the policy's
/// <c>infeasibleReason</c> (left out of the counts, whose <c>infeasible</c> says how many). Tools read
/// this instead of the HTML.
/// </summary>
public static class CoverageJsonWriter
{
    /// <summary>The file name in the reports folder.</summary>
    public const string FileName = "coverage.json";

    /// <summary>Writes <see cref="FileName"/> into <paramref name="directory"/> (created if missing) and returns its path.</summary>
    public static string Write(CoverageModel model, string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        File.WriteAllText(path, ToJson(model).ToIndentedJson() + "\n");
        return path;
    }

    /// <summary>The coverage model as JSON.</summary>
    public static JsonObject ToJson(CoverageModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return JsonObject.Of(("definitions", JsonArray.From(model.Definitions.Select(Definition))));
    }

    private static JsonObject Definition(DefinitionCoverage d)
    {
        var o = new JsonObjectBuilder();
        o["id"] = d.Id;
        o["file"] = d.File is null ? JsonNull.Instance : d.File;
        o["summary"] = JsonObject.Of(
            ("states", Count(d.States)),
            ("transitions", Count(d.Transitions)),
            ("retryEdges", Count(d.RetryEdges)),
            ("catchEdges", Count(d.CatchEdges)),
            ("paths", Count(d.PathCount)),
            ("pathsTruncated", JsonBoolean.From(d.PathsTruncated)));
        o["states"] = JsonArray.From(d.Graph.States.Select(n => (JsonValue)JsonObject.Of(
            ("id", n.Id), ("type", n.StateType!), ("level", n.LevelId), ("covered", JsonBoolean.From(d.IsCovered(n))), ("scenarios", Strings(d.ScenariosForState(n.Id))))));
        o["edges"] = JsonArray.From(d.Graph.Edges.Select(e => (JsonValue)WithStatus(
            JsonObject.Of(
                ("id", e.Id), ("kind", e.Tag), ("from", e.From), ("to", e.To), ("label", e.Label), ("level", e.LevelId),
                ("covered", JsonBoolean.From(d.IsCovered(e))), ("scenarios", Strings(d.ScenariosForEdge(e.Id)))),
            d.IsCovered(e),
            d.InfeasibleDeclarationOf(e))));
        o["paths"] = JsonArray.From(d.PathSets.Select(s => (JsonValue)JsonObject.Of(
            ("level", s.LevelId),
            ("truncated", JsonBoolean.From(s.Truncated)),
            ("limit", s.Limit),
            ("paths", JsonArray.From(s.Paths.Select(p => (JsonValue)WithStatus(
                JsonObject.Of(
                    ("id", p.Id), ("kind", p.Kind.ToString().ToLowerInvariant()), ("route", p.Route), ("states", Strings(p.StateIds)), ("edges", Strings(p.EdgeIds)),
                    ("covered", JsonBoolean.From(d.IsCovered(p))), ("scenarios", Strings(d.ScenariosForPath(p.Id)))),
                d.IsCovered(p),
                d.InfeasibleDeclarationOf(p))))))));
        o["unmatchedInfeasible"] = JsonArray.From(d.UnmatchedDeclarations.Select(u => (JsonValue)JsonObject.Of(
            ("kind", u.Kind.ToString().ToLowerInvariant()), ("target", u.Target), ("reason", u.Reason))));
        o["executions"] = JsonArray.From(d.Executions.Select(r => (JsonValue)JsonObject.Of(
            ("scenario", r.Scenario), ("tags", Strings(r.Tags)), ("status", r.Result.StatusName), ("paths", Strings(r.PathIds)), ("edges", Strings(r.EdgeIds)),
            ("startedBy", r.StartedBy is { } p ? JsonObject.Of(("definition", p.DefinitionId), ("state", p.StateName), ("resource", p.Resource)) : JsonNull.Instance),
            ("children", JsonArray.From(r.Children.Select(c => (JsonValue)JsonObject.Of(
                ("definition", c.DefinitionId), ("state", c.StartedBy!.StateName), ("resource", c.StartedBy.Resource), ("status", c.Result.StatusName))))))));
        return o.Build();
    }

    private static JsonObject Count(CoverageCount c) =>
        JsonObject.Of(("covered", c.Covered), ("total", c.Total), ("infeasible", c.Infeasible), ("percent", Math.Round(c.Percent, 1)));

    /// <summary>Adds <c>status</c> (covered, uncovered, infeasible) and, for a declared item, <c>infeasibleReason</c>; a declared item a scenario took stays <c>covered</c>, which the gate reports.</summary>
    private static JsonObject WithStatus(JsonObject item, bool covered, InfeasibleDeclaration? infeasible)
    {
        var status = covered ? "covered" : infeasible is null ? "uncovered" : "infeasible";
        var result = item.With("status", status);
        return infeasible is null ? result : result.With("infeasibleReason", infeasible.Reason);
    }

    private static JsonArray Strings(IEnumerable<string> values) => JsonArray.From(values.Select(v => (JsonValue)v));
}
