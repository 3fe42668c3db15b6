using System.Globalization;
using System.Text;
using EventPro.Specs.Reports.Coverage;

namespace EventPro.Specs.Reports.Html;

/// <summary>
/// The path table of a definition: one table per level; a row per path with its kind, its route
/// (without the level prefix; its title holds the full route a coverage policy names) and its covering scenarios, or
/// "infeasible: reason" for a path the policy declares infeasible.
/// </summary>
internal static class PathTableWriter
{
    public static void Write(StringBuilder html, DefinitionCoverage d, EdgeKeys keys)
    {
        html.Append("<h3>Paths</h3>\n");
        foreach (var set in d.PathSets)
        {
            var infeasible = set.Paths.Count(p => d.InfeasibleDeclarationOf(p) is not null);
            var covered = set.Paths.Count(p => d.IsCovered(p) && d.InfeasibleDeclarationOf(p) is null);
            html.Append("<h4>").Append(Xml.Escape(d.Graph.Level(set.LevelId).Title)).Append(" — ").Append(covered.ToString(CultureInfo.InvariantCulture))
                .Append(" of ").Append((set.Paths.Count - infeasible).ToString(CultureInfo.InvariantCulture)).Append(" paths covered")
                .Append(infeasible > 0 ? $", {infeasible.ToString(CultureInfo.InvariantCulture)} infeasible" : string.Empty)
                .Append(set.Truncated ? " (list capped)" : string.Empty).Append("</h4>\n");
            html.Append("<table class=\"paths\"><tr><th>Path</th><th>Kind</th><th>Route</th><th>Covered by</th></tr>\n");
            foreach (var path in set.Paths)
            {
                var declaration = d.InfeasibleDeclarationOf(path);
                var isCovered = d.IsCovered(path);
                var state = isCovered ? "covered" : declaration is null ? "uncovered" : "infeasible";
                var kind = path.Kind.ToString().ToLowerInvariant();
                var scenarios = d.ScenariosForPath(path.Id);
                html.Append("<tr class=\"path ").Append(state).Append("\" data-path-id=\"").Append(Xml.Escape(path.Id))
                    .Append("\" data-route=\"").Append(Xml.Escape(path.Route))
                    .Append("\" data-edges=\"").Append(keys.List(path.EdgeIds)).Append("\"><td>").Append(Xml.Escape(path.Id))
                    .Append("</td><td class=\"kind kind-").Append(kind).Append("\">").Append(kind).Append("</td><td title=\"").Append(Xml.Escape(path.Route)).Append("\">")
                    .Append(Xml.Escape(ShortRoute(path.Route, set.LevelId))).Append("</td><td>")
                    .Append(CoveredBy(scenarios, declaration)).Append("</td></tr>\n");
            }

            html.Append("</table>\n");
        }
    }

    /// <summary>The covering scenarios, "infeasible: reason", or both when a scenario contradicts the declaration.</summary>
    private static string CoveredBy(IReadOnlyList<string> scenarios, Coverage.InfeasibleDeclaration? declaration)
    {
        var taken = Xml.Escape(string.Join(", ", scenarios));
        return (scenarios.Count, declaration) switch
        {
            (0, null) => "<span class=\"muted\">not covered</span>",
            (_, null) => taken,
            (0, _) => $"<span class=\"infeasible\">infeasible: {Xml.Escape(declaration.Reason)}</span>",
            _ => $"{taken} <span class=\"contradiction\">(declared infeasible: {Xml.Escape(declaration.Reason)})</span>",
        };
    }

    /// <summary>A route without its level's prefix on each node (the table is per level).</summary>
    internal static string ShortRoute(string route, string levelId) => levelId.Length == 0 ? route : route.Replace(levelId + "/", string.Empty, StringComparison.Ordinal);

    /// <summary>A state's name without its level's prefix (the table is per level).</summary>
    internal static string Short(string id, string levelId) => levelId.Length == 0 ? id : id[(levelId.Length + 1)..];
}
