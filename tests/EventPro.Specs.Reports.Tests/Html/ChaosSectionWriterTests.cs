using System.Xml;
using System.Xml.Linq;
using EventPro.Specs.Reports.Chaos;
using EventPro.Specs.Reports.Html;

namespace EventPro.Specs.Reports.Tests.Html;

public class ChaosSectionWriterTests
{
    private static ChaosCampaignSummary Campaign(string definition = "eventpro-checkout", string scenario = "EventPro checkout under chaos: faults <everywhere>")
    {
        var campaign = new ChaosCampaignSummary(definition, scenario, 42, 500, 414, 86, 0, 700, 0.14, 0.358, 0.048, 2, TimeSpan.FromSeconds(1.2));
        campaign.AddInvariant(new ChaosInvariantResult("no seat was sold twice", 0, null));
        campaign.AddInvariant(new ChaosInvariantResult("a failed order holds no seat", 3, "ord-1 still holds A-1"));
        return campaign;
    }

    [Fact]
    public void ToHtml_WithCampaigns_ShowsTheirMetricsAndInvariants()
    {
        var html = HtmlReportWriter.ToHtml(Reports.Sample(), [Campaign()]);

        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        var section = XDocument.Load(reader).Descendants("section").Single(s => (string?)s.Attribute("id") == "chaos");
        var cells = section.Descendants("td").Select(td => td.Value).ToList();
        Assert.Contains("faults <everywhere>", cells[1], StringComparison.Ordinal);
        Assert.Contains("14.0%", cells);
        Assert.Contains("35.8%", cells);
        Assert.Contains("4.8%", cells);
        Assert.Contains("1 of 2 held", section.Value, StringComparison.Ordinal);
        Assert.Contains("broken in 3 executions (ord-1 still holds A-1)", section.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_CampaignsInAnyOrder_ListedByDefinitionThenScenario()
    {
        var html = HtmlReportWriter.ToHtml(Reports.Sample(), [Campaign("order-saga", "b"), Campaign("eventpro-checkout", "z"), Campaign("order-saga", "a")]);

        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        var section = XDocument.Load(reader).Descendants("section").Single(s => (string?)s.Attribute("id") == "chaos");
        var rows = section.Descendants("tr").Skip(1).Select(tr => string.Join(" ", tr.Elements("td").Take(2).Select(td => td.Value)));
        Assert.Equal(["eventpro-checkout z", "order-saga a", "order-saga b"], rows);
    }

    [Fact]
    public void ToHtml_WithoutCampaigns_HasNoChaosSection() =>
        Assert.DoesNotContain("id=\"chaos\"", HtmlReportWriter.ToHtml(Reports.Sample()), StringComparison.Ordinal);
}
