using System.Globalization;
using System.Text;
using EventPro.Specs.Reports.Coverage;

namespace EventPro.Specs.Reports.Html;

/// <summary>
/// The transitions and paths a definition's coverage policy declares infeasible, each with its
/// reason; a declaration that matches nothing, or that a scenario contradicts, is flagged (the gate
/// fails on both).
/// </summary>
internal static class InfeasibleWriter
{
    public static void Write(StringBuilder html, DefinitionCoverage d)
    {
        if (d.Declarations.Count == 0)
        {
            return;
        }

        html.Append("<h3>Declared infeasible (").Append(d.Declarations.Count.ToString(CultureInfo.InvariantCulture)).Append(")</h3>\n<ul class=\"declared\">\n");
        var unmatched = d.UnmatchedDeclarations.ToHashSet();
        var contradicted = d.CoveredInfeasibleEdges.Select(c => (c.Declaration, Scenarios: d.ScenariosForEdge(c.Edge.Id)))
            .Concat(d.CoveredInfeasiblePaths.Select(c => (c.Declaration, Scenarios: d.ScenariosForPath(c.Path.Id))))
            .GroupBy(c => c.Declaration)
            .ToDictionary(g => g.Key, g => g.SelectMany(c => c.Scenarios).Distinct(StringComparer.Ordinal).ToList());
        foreach (var declaration in d.Declarations)
        {
            var css = unmatched.Contains(declaration) ? "unmatched" : contradicted.ContainsKey(declaration) ? "contradiction" : "infeasible";
            html.Append("<li class=\"").Append(css).Append("\" data-kind=\"").Append(declaration.Kind.ToString().ToLowerInvariant()).Append("\"><code>")
                .Append(Xml.Escape(declaration.Target)).Append("</code> — infeasible: ").Append(Xml.Escape(declaration.Reason));
            if (css == "unmatched")
            {
                html.Append(" <strong>(matches no ").Append(declaration.Kind == CoverageItemKind.Path ? "path" : "transition").Append(" of the definition)</strong>");
            }
            else if (contradicted.TryGetValue(declaration, out var scenarios))
            {
                html.Append(" <strong>(but covered by ").Append(Xml.Escape(string.Join(", ", scenarios))).Append(")</strong>");
            }

            html.Append("</li>\n");
        }

        html.Append("</ul>\n");
    }
}
