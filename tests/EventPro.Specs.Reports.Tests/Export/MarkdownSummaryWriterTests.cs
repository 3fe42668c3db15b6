using EventPro.Specs.Reports.Export;

namespace EventPro.Specs.Reports.Tests.Export;

public sealed class MarkdownSummaryWriterTests
{
    [Fact]
    public void ToMarkdown_Sample_HasARowPerDefinitionAndUncoveredEdges()
    {
        var md = MarkdownSummaryWriter.ToMarkdown(Reports.Sample());

        Assert.Contains("| checkout | 5/5 (100.0%) |", md);
        Assert.Contains("| poll | 0/4 (0.0%) |", md);
        Assert.Contains("- `ReserveSeat --retry[0]: States.Timeout--> ReserveSeat`", md);
    }

    [Fact]
    public void ToMarkdown_DeclaredInfeasible_CountsItApartAndDoesNotListItAsUncovered()
    {
        var md = MarkdownSummaryWriter.ToMarkdown(Reports.SampleWithInfeasible());

        Assert.DoesNotContain("ReleaseSeat --error--> (failed)", md);
        Assert.Contains("- `ReserveSeat --error--> (failed)`", md);
        Assert.Contains(", 1 infeasible |", md);
    }

    [Fact]
    public void AppendToStepSummary_VariableSet_AppendsToThatFile()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, "before\n");

        var written = MarkdownSummaryWriter.AppendToStepSummary(Reports.Sample(), name => name == "GITHUB_STEP_SUMMARY" ? file : null);

        Assert.True(written);
        var text = File.ReadAllText(file);
        Assert.StartsWith("before\n## State machine coverage", text);
        File.Delete(file);
    }

    [Fact]
    public void AppendToStepSummary_VariableUnset_WritesNothing()
    {
        Assert.False(MarkdownSummaryWriter.AppendToStepSummary(Reports.Sample(), _ => null));
    }
}
