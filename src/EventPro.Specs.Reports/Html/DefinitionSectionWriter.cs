using System.Globalization;
using System.Text;
using EventPro.Specs.Reports.Coverage;

namespace EventPro.Specs.Reports.Html;

/// <summary>One definition's section: numbers, a diagram per level, the path table, the uncovered transitions, the declared-infeasible items, the scenarios.</summary>
internal static class DefinitionSectionWriter
{
    /// <param name="html">The page so far.</param>
    /// <param name="d">The definition.</param>
    /// <param name="index">Its section's index (<c>def-&lt;index&gt;</c>).</param>
    /// <param name="sections">Every definition's section index by id, to link parents and children.</param>
    public static void Write(StringBuilder html, DefinitionCoverage d, int index, IReadOnlyDictionary<string, int> sections)
    {
        var keys = new EdgeKeys(d, index);
        html.Append("<section class=\"definition\" id=\"def-").Append(index).Append("\" data-definition-id=\"").Append(Xml.Escape(d.Id)).Append("\">\n");
        html.Append("<h2>").Append(Xml.Escape(d.Id)).Append("</h2>\n");
        if (d.File is not null)
        {
            html.Append("<p class=\"file\">").Append(Xml.Escape(d.File)).Append("</p>\n");
        }

        Numbers(html, d);
        foreach (var set in d.PathSets.Where(s => s.Truncated))
        {
            html.Append("<p class=\"warning\">Level ").Append(Xml.Escape(d.Graph.Level(set.LevelId).Title)).Append(" has more than ")
                .Append(set.Limit.ToString(CultureInfo.InvariantCulture)).Append(" paths: only the first ").Append(set.Limit.ToString(CultureInfo.InvariantCulture))
                .Append(" are listed and counted.</p>\n");
        }

        html.Append("<h3>Diagram</h3>\n<p class=\"muted\">Solid: taken by a scenario. Dashed red: never taken. Dotted grey: declared infeasible. Click a path or a scenario to highlight its edges.</p>\n");
        for (var l = 0; l < d.Graph.Levels.Count; l++)
        {
            var level = d.Graph.Levels[l];
            html.Append("<figure class=\"diagram\" data-level=\"").Append(Xml.Escape(level.Id)).Append("\"><figcaption>").Append(Xml.Escape(level.Title)).Append("</figcaption>\n");
            SvgDiagramWriter.Write(html, d, level, keys, $"def-{index}-l{l}");
            html.Append("</figure>\n");
        }

        PathTableWriter.Write(html, d, keys);
        Uncovered(html, d);
        InfeasibleWriter.Write(html, d);
        ScenarioWriter.Write(html, d, keys, sections);
        html.Append("</section>\n");
    }

    private static void Numbers(StringBuilder html, DefinitionCoverage d)
    {
        html.Append("<table class=\"numbers\"><tr><th>Measure</th><th>Covered</th><th>Total</th><th>Infeasible</th><th>%</th></tr>\n");
        Row(html, "States", d.States);
        Row(html, "Transitions", d.Transitions);
        Row(html, "Retry edges", d.RetryEdges);
        Row(html, "Catch edges", d.CatchEdges);
        Row(html, d.PathsTruncated ? "Paths (listed)" : "Paths", d.PathCount);
        html.Append("</table>\n");
    }

    private static void Row(StringBuilder html, string name, CoverageCount count)
    {
        var percent = count.Percent.ToString("0.0", CultureInfo.InvariantCulture);
        html.Append("<tr data-measure=\"").Append(Xml.Escape(name)).Append("\"><td>").Append(name).Append("</td><td class=\"num\">").Append(count.Covered.ToString(CultureInfo.InvariantCulture))
            .Append("</td><td class=\"num\">").Append(count.Total.ToString(CultureInfo.InvariantCulture))
            .Append("</td><td class=\"num\">").Append(count.Infeasible.ToString(CultureInfo.InvariantCulture)).Append("</td><td class=\"num\">").Append(percent)
            .Append("%<span class=\"bar\"><span style=\"width:").Append(Xml.Num(count.Percent)).Append("%\"></span></span></td></tr>\n");
    }

    private static void Uncovered(StringBuilder html, DefinitionCoverage d)
    {
        var edges = d.Graph.Edges.Where(d.IsUncovered).ToList();
        html.Append("<h3>Uncovered transitions (").Append(edges.Count.ToString(CultureInfo.InvariantCulture)).Append(")</h3>\n");
        if (edges.Count == 0)
        {
            html.Append("<p>Every transition is taken by some scenario or declared infeasible.</p>\n");
            return;
        }

        html.Append("<ul class=\"uncovered\">\n");
        foreach (var edge in edges)
        {
            html.Append("<li><code>").Append(Xml.Escape(edge.Describe())).Append("</code></li>\n");
        }

        html.Append("</ul>\n");
    }
}
