using System.Globalization;
using System.Text;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Reports.Coverage;

namespace EventPro.Specs.Reports.Html;

/// <summary>
/// Each recorded execution: its scenario, status, the parent task that started it or the child
/// executions it started (linked to their definitions' sections), the path of every level run, and
/// its history with virtual-time offsets.
/// </summary>
internal static class ScenarioWriter
{
    public static void Write(StringBuilder html, DefinitionCoverage d, EdgeKeys keys, IReadOnlyDictionary<string, int> sections)
    {
        html.Append("<h3>Scenarios (").Append(d.Executions.Count.ToString(CultureInfo.InvariantCulture)).Append(")</h3>\n");
        if (d.Executions.Count == 0)
        {
            html.Append("<p class=\"muted\">No scenario ran this definition.</p>\n");
            return;
        }

        var pathsById = d.Paths.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var pathsByKey = d.Paths.ToDictionary(p => p.Key, StringComparer.Ordinal);
        foreach (var record in d.Executions)
        {
            var result = record.Result;
            html.Append("<details class=\"scenario\" data-scenario=\"").Append(Xml.Escape(record.Scenario)).Append("\"><summary data-edges=\"").Append(keys.List(record.EdgeIds)).Append("\">")
                .Append("<strong>").Append(Xml.Escape(record.Scenario)).Append("</strong> — <span class=\"status-").Append(result.StatusName).Append("\">").Append(result.StatusName).Append("</span>")
                .Append(" — ").Append(Xml.Escape(string.Join(", ", record.PathIds.Where(p => pathsById[p].LevelId.Length == 0)))).Append(" <span class=\"muted\">")
                .Append(Offset(result.StopDate - result.StartDate)).Append("</span></summary>\n<div>\n");
            if (record.Tags.Count > 0)
            {
                html.Append("<p>Tags: ").Append(Xml.Escape(string.Join(" ", record.Tags))).Append("</p>\n");
            }

            if (result.Error is not null)
            {
                html.Append("<p>Error: <code>").Append(Xml.Escape(result.Error)).Append("</code> ").Append(Xml.Escape(result.Cause)).Append("</p>\n");
            }

            Family(html, record, sections);
            Runs(html, record, pathsByKey);
            History(html, record);
            html.Append("</div></details>\n");
        }
    }

    /// <summary>Which parent task started this execution, and which child executions it started.</summary>
    private static void Family(StringBuilder html, ExecutionRecord record, IReadOnlyDictionary<string, int> sections)
    {
        if (record.StartedBy is { } parent)
        {
            html.Append("<p class=\"started-by\">Child execution started by ");
            Link(html, parent.DefinitionId, sections);
            html.Append(", state <code>").Append(Xml.Escape(parent.StateName)).Append("</code> (<code>").Append(parent.Resource).Append("</code>)</p>\n");
        }

        if (record.Children.Count == 0)
        {
            return;
        }

        html.Append("<p>Child executions started (").Append(record.Children.Count.ToString(CultureInfo.InvariantCulture)).Append("):</p>\n<ul class=\"children\">\n");
        foreach (var child in record.Children)
        {
            html.Append("<li data-child-definition-id=\"").Append(Xml.Escape(child.DefinitionId)).Append("\">");
            Link(html, child.DefinitionId, sections);
            html.Append(" by <code>").Append(Xml.Escape(child.StartedBy!.StateName)).Append("</code> (<code>").Append(child.StartedBy.Resource).Append("</code>) — <span class=\"status-")
                .Append(child.Result.StatusName).Append("\">").Append(child.Result.StatusName).Append("</span></li>\n");
        }

        html.Append("</ul>\n");
    }

    private static void Link(StringBuilder html, string definitionId, IReadOnlyDictionary<string, int> sections)
    {
        if (sections.TryGetValue(definitionId, out var index))
        {
            html.Append("<a href=\"#def-").Append(index.ToString(CultureInfo.InvariantCulture)).Append("\">").Append(Xml.Escape(definitionId)).Append("</a>");
        }
        else
        {
            html.Append("<code>").Append(Xml.Escape(definitionId)).Append("</code>");
        }
    }

    private static void Runs(StringBuilder html, ExecutionRecord record, Dictionary<string, CoveragePaths.CoveragePath> pathsByKey)
    {
        html.Append("<table class=\"runs\"><tr><th>Level</th><th>Run</th><th>States</th><th>Path</th></tr>\n");
        foreach (var run in record.Runs)
        {
            var path = run.Complete ? pathsByKey.GetValueOrDefault(CoveragePaths.CoveragePath.MakeKey(run.PathEdgeIds)) : null;
            var pathText = path is not null ? $"{path.Id} ({path.Kind.ToString().ToLowerInvariant()})" : run.Complete ? "not in the listed paths" : "stopped before its end";
            html.Append("<tr><td>").Append(Xml.Escape(run.LevelId.Length == 0 ? "top level" : run.LevelId)).Append("</td><td>").Append(Xml.Escape(run.Label)).Append("</td><td>")
                .Append(Xml.Escape(string.Join(" → ", run.StateIds.Select(s => PathTableWriter.Short(s, run.LevelId))))).Append("</td><td>").Append(Xml.Escape(pathText)).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void History(StringBuilder html, ExecutionRecord record)
    {
        var start = record.Result.StartDate;
        html.Append("<table class=\"history\"><tr><th>#</th><th>Time</th><th>Event</th><th>State</th><th>Details</th></tr>\n");
        foreach (var e in record.Result.Events)
        {
            html.Append("<tr><td class=\"num\">").Append(e.Id.ToString(CultureInfo.InvariantCulture)).Append("</td><td class=\"num\">").Append(Offset(e.Timestamp - start))
                .Append("</td><td>").Append(e.Type.ToString()).Append("</td><td>").Append(Xml.Escape(e.Name)).Append("</td><td>").Append(Xml.Escape(Details(e))).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static string Details(HistoryEvent e)
    {
        var parts = new List<string>();
        if (e.Index is { } index)
        {
            parts.Add($"index {index.ToString(CultureInfo.InvariantCulture)}");
        }

        if (e.Error is not null)
        {
            parts.Add(e.Cause is null ? e.Error : $"{e.Error}: {Truncate(e.Cause)}");
        }

        return string.Join("; ", parts);
    }

    private static string Truncate(string text) => text.Length <= 200 ? text : text[..199] + "…";

    /// <summary>A virtual-time offset from the execution's start: <c>+2.000 s</c>.</summary>
    internal static string Offset(TimeSpan offset) => "+" + offset.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture) + " s";
}
