using System.Globalization;
using System.Text;
using EventPro.Specs.Reports.Chaos;

namespace EventPro.Specs.Reports.Html;

/// <summary>The report's chaos section: one row per campaign (by definition, then scenario) with its metrics, and its invariants with how many executions broke each.</summary>
internal static class ChaosSectionWriter
{
    public static void Write(StringBuilder html, IReadOnlyList<ChaosCampaignSummary> campaigns)
    {
        if (campaigns.Count == 0)
        {
            return;
        }

        html.Append("<section id=\"chaos\"><h2>Chaos campaigns</h2>\n<p class=\"muted\">Executions with faults injected at random; compensation rate = executions that ran a compensation, retry rate = executions with a retry, timeout rate = executions with a States.Timeout, critical failures = compensations that themselves failed.</p>\n");
        html.Append("<table class=\"overview\"><tr><th>Definition</th><th>Scenario</th><th>Seed</th><th>Executions</th><th>Succeeded</th><th>Failed</th><th>Timed out</th><th>Faults</th><th>Compensation rate</th><th>Retry rate</th><th>Timeout rate</th><th>Critical failures</th><th>Invariants</th></tr>\n");
        // Campaigns finish in whatever order parallel tests end; sorted, one report reads like the last.
        foreach (var c in campaigns.OrderBy(c => c.DefinitionId, StringComparer.Ordinal).ThenBy(c => c.Scenario, StringComparer.Ordinal))
        {
            var invariants = c.Invariants;
            var broken = invariants.Count(i => i.Broken > 0);
            html.Append("<tr><td>").Append(Xml.Escape(c.DefinitionId)).Append("</td><td>").Append(Xml.Escape(c.Scenario)).Append("</td>")
                .Append(Num(c.Seed)).Append(Num(c.Executions)).Append(Num(c.Succeeded)).Append(Num(c.Failed)).Append(Num(c.TimedOut)).Append(Num(c.FaultsInjected))
                .Append(Pct(c.CompensationRate)).Append(Pct(c.RetryRate)).Append(Pct(c.TimeoutRate)).Append(Num(c.CriticalFailures))
                .Append("<td>");
            if (invariants.Count == 0)
            {
                html.Append("<span class=\"muted\">none checked</span>");
            }
            else
            {
                html.Append("<details><summary>").Append(invariants.Count - broken).Append(" of ").Append(invariants.Count).Append(" held</summary><ul>");
                foreach (var i in invariants)
                {
                    html.Append("<li>").Append(Xml.Escape(i.Name)).Append(": ")
                        .Append(i.Broken == 0 ? "held" : $"broken in {i.Broken.ToString(CultureInfo.InvariantCulture)} executions ({Xml.Escape(i.Example)})").Append("</li>");
                }

                html.Append("</ul></details>");
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</table></section>\n");
    }

    private static string Num(int n) => "<td class=\"num\">" + n.ToString(CultureInfo.InvariantCulture) + "</td>";

    private static string Pct(double rate) => "<td class=\"num\">" + (rate * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%</td>";
}
