using System.Globalization;
using System.Text;
using EventPro.Specs.Reports.Chaos;
using EventPro.Specs.Reports.Coverage;

namespace EventPro.Specs.Reports.Html;

/// <summary>
/// Writes <c>index.html</c>: one self-contained page (inline CSS, inline SVG, inline script; no
/// network, no external fonts) showing per definition its coverage numbers, a diagram of each level
/// with covered and uncovered edges, the path table and every scenario's path and history (and, for
/// an execution that started child executions, links to the child state machines' sections). The
/// markup is also well-formed XML, so tests and tools can parse it.
/// </summary>
public static class HtmlReportWriter
{
    /// <summary>The file name in the reports folder.</summary>
    public const string FileName = "index.html";

    /// <summary>Writes <see cref="FileName"/> into <paramref name="directory"/> (created if missing) and returns its path.</summary>
    /// <param name="model">The coverage.</param>
    /// <param name="directory">The reports folder.</param>
    /// <param name="campaigns">The chaos campaigns of the run, shown in their own section; none by default.</param>
    public static string Write(CoverageModel model, string directory, IReadOnlyList<ChaosCampaignSummary>? campaigns = null)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        File.WriteAllText(path, ToHtml(model, campaigns), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    /// <summary>The report as an HTML string.</summary>
    /// <param name="model">The coverage.</param>
    /// <param name="campaigns">The chaos campaigns of the run, shown in their own section; none by default.</param>
    public static string ToHtml(CoverageModel model, IReadOnlyList<ChaosCampaignSummary>? campaigns = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
            .Append("<title>State machine coverage</title>\n<style>\n").Append(HtmlStyles.Css).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<header><h1>State machine coverage</h1><p class=\"muted\">What the scenarios prove about each state machine, and what they leave untested.</p></header>\n");
        Overview(html, model);
        ChaosSectionWriter.Write(html, campaigns ?? []);
        var sections = model.Definitions.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        for (var i = 0; i < model.Definitions.Count; i++)
        {
            DefinitionSectionWriter.Write(html, model.Definitions[i], i, sections);
        }

        html.Append("<script>\n").Append(HtmlScript.Js).Append("\n</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Overview(StringBuilder html, CoverageModel model)
    {
        if (model.Definitions.Count == 0)
        {
            html.Append("<p>No definition was registered or run.</p>\n");
            return;
        }

        html.Append("<nav><table class=\"overview\"><tr><th>Definition</th><th>States</th><th>Transitions</th><th>Retry edges</th><th>Catch edges</th><th>Paths</th><th>Executions</th></tr>\n");
        for (var i = 0; i < model.Definitions.Count; i++)
        {
            var d = model.Definitions[i];
            html.Append("<tr><td><a href=\"#def-").Append(i).Append("\">").Append(Xml.Escape(d.Id)).Append("</a></td>")
                .Append("<td class=\"num\">").Append(d.States).Append("</td><td class=\"num\">").Append(d.Transitions).Append("</td><td class=\"num\">").Append(d.RetryEdges)
                .Append("</td><td class=\"num\">").Append(d.CatchEdges).Append("</td><td class=\"num\">").Append(d.PathCount).Append(d.PathsTruncated ? " (capped)" : string.Empty)
                .Append("</td><td class=\"num\">").Append(d.Executions.Count.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>\n");
        }

        html.Append("</table></nav>\n");
    }
}
