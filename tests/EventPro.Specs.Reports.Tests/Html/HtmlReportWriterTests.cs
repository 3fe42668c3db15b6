using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using EventPro.Specs.Reports.Coverage;
using EventPro.Specs.Reports.Html;

namespace EventPro.Specs.Reports.Tests.Html;

public sealed partial class HtmlReportWriterTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    [Fact]
    public void ToHtml_Sample_IsWellFormedXml()
    {
        var document = Parse(HtmlReportWriter.ToHtml(Reports.Sample()));

        Assert.Equal("html", document.Root!.Name.LocalName);
        Assert.Single(document.Descendants("style"));
        Assert.Single(document.Descendants("script"));
    }

    [Fact]
    public void ToHtml_Sample_ReferencesNothingOutsideThePage()
    {
        var html = HtmlReportWriter.ToHtml(Reports.Sample());

        var urls = UrlPattern().Matches(html).Select(m => m.Value).Distinct();
        Assert.Equal(["http://www.w3.org/2000/svg"], urls);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain(" src=", html);
        Assert.DoesNotContain("@import", html);
    }

    [Fact]
    public void ToHtml_Sample_DrawsOneEdgeElementPerModelEdgeWithItsCoverage()
    {
        var model = Reports.Sample();

        var document = Parse(HtmlReportWriter.ToHtml(model));

        foreach (var (definition, index) in model.Definitions.Select((d, i) => (d, i)))
        {
            var section = document.Descendants("section").Single(s => (string?)s.Attribute("id") == $"def-{index}");
            var edges = section.Descendants(Svg + "g").Where(g => ((string?)g.Attribute("class"))?.StartsWith("edge ", StringComparison.Ordinal) == true).ToList();
            Assert.Equal(definition.Graph.Edges.Select(e => e.Id).Order(), edges.Select(g => (string)g.Attribute("data-edge-id")!).Order());
            Assert.Equal(definition.Transitions.Covered, edges.Count(g => (string?)g.Attribute("class") == "edge covered"));
            Assert.Equal(definition.Transitions.Total - definition.Transitions.Covered, edges.Count(g => (string?)g.Attribute("class") == "edge uncovered"));
        }
    }

    [Fact]
    public void ToHtml_Sample_PathRowsPointAtEdgesOnTheDiagram()
    {
        var document = Parse(HtmlReportWriter.ToHtml(Reports.Sample()));

        var section = document.Descendants("section").First();
        var keys = section.Descendants(Svg + "g").Select(g => (string?)g.Attribute("data-key")).OfType<string>().ToHashSet();
        var rows = section.Descendants("tr").Where(r => r.Attribute("data-path-id") is not null).ToList();
        Assert.Equal(8, rows.Count);
        Assert.All(rows, r => Assert.All(((string)r.Attribute("data-edges")!).Split(' '), key => Assert.Contains(key, keys)));
        Assert.Equal(2, rows.Count(r => (string?)r.Attribute("class") == "path covered"));
    }

    [Fact]
    public void ToHtml_Sample_ShowsEachScenarioWithVirtualTimeOffsets()
    {
        var document = Parse(HtmlReportWriter.ToHtml(Reports.Sample()));

        var scenarios = document.Descendants("details").Select(d => (string?)d.Attribute("data-scenario")).ToList();
        Assert.Equal(["Happy checkout", "Declined <card> & \"quotes\"", "Two seats"], scenarios);
        var declined = document.Descendants("details").Single(d => ((string?)d.Attribute("data-scenario"))!.StartsWith("Declined", StringComparison.Ordinal));
        var offsets = declined.Descendants("table").Single(t => (string?)t.Attribute("class") == "history")
            .Elements("tr").Skip(1).Select(r => r.Elements("td").ElementAt(1).Value).ToList();
        Assert.Equal("+0.000 s", offsets[0]);

        // ProcessPayment is retried after 1 s, 2 s and 4 s (BackoffRate 2): the last events are 7 s in.
        Assert.Equal("+7.000 s", offsets[^1]);
        Assert.NotNull(declined.Descendants("summary").Single().Attribute("data-edges"));
    }

    [Fact]
    public void ToHtml_ParentAndChild_LinkEachOthersSections()
    {
        var document = Parse(HtmlReportWriter.ToHtml(NestedRuns.Recorded().Snapshot()));

        var sections = document.Descendants("section").ToDictionary(s => (string)s.Attribute("data-definition-id")!, s => "#" + (string)s.Attribute("id")!);
        var shop = document.Descendants("section").Single(s => (string?)s.Attribute("data-definition-id") == "shop");
        var child = Assert.Single(shop.Descendants("ul").Single(u => (string?)u.Attribute("class") == "children").Elements("li"));
        Assert.Equal("fulfil", (string?)child.Attribute("data-child-definition-id"));
        Assert.Equal(sections["fulfil"], (string?)child.Element("a")!.Attribute("href"));
        Assert.Equal("fulfil by Fulfil (startExecution.sync) — SUCCEEDED", child.Value);
        var fulfil = document.Descendants("section").Single(s => (string?)s.Attribute("data-definition-id") == "fulfil");
        var startedBy = fulfil.Descendants("p").Single(p => (string?)p.Attribute("class") == "started-by");
        Assert.Equal(sections["shop"], (string?)startedBy.Element("a")!.Attribute("href"));
        Assert.Equal("Child execution started by shop, state Fulfil (startExecution.sync)", startedBy.Value);
        Assert.Equal(["Order ships"], fulfil.Descendants("details").Select(d => (string?)d.Attribute("data-scenario")));
    }

    [Fact]
    public void ToHtml_DeclaredInfeasible_DrawsTheEdgeAsInfeasibleWithItsReason()
    {
        var document = Parse(HtmlReportWriter.ToHtml(Reports.SampleWithInfeasible()));

        var edge = document.Descendants(Svg + "g").Single(g => (string?)g.Attribute("data-edge-id") == "ReleaseSeat--error-->(failed)");
        Assert.Equal("edge infeasible", (string?)edge.Attribute("class"));
        Assert.Contains("infeasible: " + Reports.ReleaseSeatNeverFails, edge.Element(Svg + "title")!.Value);
    }

    [Fact]
    public void ToHtml_DeclaredInfeasiblePath_ShowsInfeasibleReasonInsteadOfNotCovered()
    {
        var document = Parse(HtmlReportWriter.ToHtml(Reports.SampleWithInfeasible()));

        var row = document.Descendants("tr").Single(r => (string?)r.Attribute("data-route") == "ReserveSeat → ProcessPayment → ReleaseSeat → (failed)");
        Assert.Equal("path infeasible", (string?)row.Attribute("class"));
        Assert.Equal("infeasible: " + Reports.ReleaseSeatNeverFails, row.Elements("td").Last().Value);
        var heading = document.Descendants("h4").First();
        Assert.EndsWith("2 of 6 paths covered, 2 infeasible", heading.Value);
    }

    [Fact]
    public void ToHtml_DeclaredInfeasible_ListsTheDeclarationsAndKeepsThemOutOfUncovered()
    {
        var document = Parse(HtmlReportWriter.ToHtml(Reports.SampleWithInfeasible()));

        var section = document.Descendants("section").First();
        var declared = section.Descendants("ul").Single(u => (string?)u.Attribute("class") == "declared").Elements("li").ToList();
        Assert.Equal(4, declared.Count);
        Assert.Equal("unmatched", (string?)declared.Single(li => li.Value.Contains("Nowhere", StringComparison.Ordinal)).Attribute("class"));
        Assert.Contains("matches no path of the definition", declared.Single(li => li.Value.Contains("Nowhere", StringComparison.Ordinal)).Value);
        var uncovered = section.Descendants("ul").Single(u => (string?)u.Attribute("class") == "uncovered").Elements("li").Select(li => li.Value).ToList();
        Assert.DoesNotContain("ReleaseSeat --error--> (failed)", uncovered);
        Assert.Contains("ReserveSeat --error--> (failed)", uncovered);
    }

    [Fact]
    public void ToHtml_DeclaredInfeasibleButCovered_FlagsTheContradiction()
    {
        var model = Reports.Sample().WithInfeasible(id => id == "checkout"
            ? [new InfeasibleDeclaration(CoverageItemKind.Path, "ReserveSeat → ProcessPayment → Confirm → (end)", "wrong")]
            : []);

        var document = Parse(HtmlReportWriter.ToHtml(model));

        var item = document.Descendants("li").Single(li => (string?)li.Attribute("class") == "contradiction");
        Assert.Contains("but covered by Happy checkout", item.Value);
        var row = document.Descendants("tr").Single(r => (string?)r.Attribute("data-route") == "ReserveSeat → ProcessPayment → Confirm → (end)");
        Assert.Equal("path covered", (string?)row.Attribute("class"));
        Assert.Equal("Happy checkout (declared infeasible: wrong)", row.Elements("td").Last().Value);
    }

    [Fact]
    public void ToHtml_NestedLevel_ShowsTheShortRouteWithTheFullOneAsItsTitle()
    {
        var document = Parse(HtmlReportWriter.ToHtml(Reports.Sample()));

        var row = document.Descendants("tr").Single(r => (string?)r.Attribute("data-path-id") == "ForEachSeat/processor/Fanout/branch1#P1");
        var route = row.Elements("td").ElementAt(2);
        Assert.Equal("Notify → Log → (end)", route.Value);
        Assert.Equal("ForEachSeat/processor/Fanout/branch1/Notify → ForEachSeat/processor/Fanout/branch1/Log → ForEachSeat/processor/Fanout/branch1/(end)", (string?)route.Attribute("title"));
    }

    [Fact]
    public void Write_CreatesIndexHtml()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"reports-html-{Guid.NewGuid():N}");

        var path = HtmlReportWriter.Write(Reports.Sample(), directory);

        Assert.Equal(Path.Combine(directory, "index.html"), path);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(path));
        Directory.Delete(directory, recursive: true);
    }

    [GeneratedRegex("https?://[^\"'\\s<)]*")]
    private static partial Regex UrlPattern();
}
