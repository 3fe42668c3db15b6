using System.Globalization;
using System.Text;
using EventPro.Specs.Reports.Coverage;

namespace EventPro.Specs.Reports.Export;

/// <summary>
/// A short Markdown summary for CI job pages: one table row per definition, then each definition's
/// uncovered edges (declared-infeasible ones are left out of both). On GitHub Actions it is appended to the file named by <c>GITHUB_STEP_SUMMARY</c>.
/// </summary>
public static class MarkdownSummaryWriter
{
    /// <summary>The environment variable GitHub Actions sets to the job summary file.</summary>
    public const string StepSummaryVariable = "GITHUB_STEP_SUMMARY";

    /// <summary>How many uncovered edges are listed per definition.</summary>
    public const int ListedEdges = 10;

    /// <summary>The summary as Markdown.</summary>
    public static string ToMarkdown(CoverageModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var md = new StringBuilder();
        md.AppendLine("## State machine coverage").AppendLine();
        md.AppendLine("| Definition | States | Transitions | Retry edges | Catch edges | Paths | Scenarios |");
        md.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var d in model.Definitions)
        {
            var paths = d.PathCount + (d.PathsTruncated ? " (list capped)" : string.Empty);
            var scenarios = d.Executions.Select(e => e.Scenario).Distinct(StringComparer.Ordinal).Count();
            md.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(d.Id)} | {d.States} | {d.Transitions} | {d.RetryEdges} | {d.CatchEdges} | {paths} | {scenarios} |");
        }

        foreach (var d in model.Definitions)
        {
            var uncovered = d.Graph.Edges.Where(d.IsUncovered).ToList();
            if (uncovered.Count == 0)
            {
                continue;
            }

            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"<details><summary>{Cell(d.Id)}: {uncovered.Count} uncovered transitions</summary>").AppendLine();
            foreach (var edge in uncovered.Take(ListedEdges))
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- `{edge.Describe().Replace('`', '\'')}`");
            }

            if (uncovered.Count > ListedEdges)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- ... and {uncovered.Count - ListedEdges} more (see the HTML report)");
            }

            md.AppendLine().AppendLine("</details>");
        }

        return md.ToString();
    }

    /// <summary>
    /// Appends the summary to the file named by <see cref="StepSummaryVariable"/>; returns false and
    /// writes nothing when the variable is not set (not on GitHub Actions).
    /// </summary>
    /// <param name="model">The coverage.</param>
    /// <param name="environment">Reads an environment variable; <see cref="Environment.GetEnvironmentVariable(string)"/> by default.</param>
    public static bool AppendToStepSummary(CoverageModel model, Func<string, string?>? environment = null)
    {
        var file = (environment ?? Environment.GetEnvironmentVariable)(StepSummaryVariable);
        if (string.IsNullOrEmpty(file))
        {
            return false;
        }

        File.AppendAllText(file, ToMarkdown(model));
        return true;
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
}
