using System.Globalization;
using System.Text;
using EventPro.Specs.Reports.Coverage;

namespace EventPro.Specs.Reports.Html;

/// <summary>The path table of a definition: one table per level; a row per path with its kind, states and covering scenarios.</summary>
internal static class PathTableWriter
{
    public static void Write(StringBuilder html, DefinitionCoverage d, EdgeKeys keys)
    {
        html.Append("<h3>Paths</h3>\n");
        foreach (var set in d.PathSets)
        {
            var covered = set.Paths.Count(d.IsCovered);
            html.Append("<h4>").Append(Xml.Escape(d.Graph.Level(set.LevelId).Title)).Append(" — ").Append(covered.ToString(CultureInfo.InvariantCulture))
                .Append(" of ").Append(set.Paths.Count.ToString(CultureInfo.InvariantCulture)).Append(" paths covered").Append(set.Truncated ? " (list capped)" : string.Empty).Append("</h4>\n");
            html.Append("<table class=\"paths\"><tr><th>Path</th><th>Kind</th><th>States</th><th>Covered by</th></tr>\n");
            foreach (var path in set.Paths)
            {
                var isCovered = d.IsCovered(path);
                var kind = path.Kind.ToString().ToLowerInvariant();
                var states = string.Join(" → ", path.StateIds.Select(s => Short(s, set.LevelId)).Append(Short(path.EndNodeId, set.LevelId)));
                var scenarios = d.ScenariosForPath(path.Id);
                html.Append("<tr class=\"path ").Append(isCovered ? "covered" : "uncovered").Append("\" data-path-id=\"").Append(Xml.Escape(path.Id))
                    .Append("\" data-edges=\"").Append(keys.List(path.EdgeIds)).Append("\"><td>").Append(Xml.Escape(path.Id))
                    .Append("</td><td class=\"kind kind-").Append(kind).Append("\">").Append(kind).Append("</td><td>").Append(Xml.Escape(states)).Append("</td><td>")
                    .Append(scenarios.Count == 0 ? "<span class=\"muted\">not covered</span>" : Xml.Escape(string.Join(", ", scenarios))).Append("</td></tr>\n");
            }

            html.Append("</table>\n");
        }
    }

    /// <summary>A state's name without its level's prefix (the table is per level).</summary>
    internal static string Short(string id, string levelId) => levelId.Length == 0 ? id : id[(levelId.Length + 1)..];
}
