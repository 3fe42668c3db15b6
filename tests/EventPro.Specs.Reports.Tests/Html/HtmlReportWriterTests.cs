using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
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
