using EventPro.Specs.Reports.Coverage;
using EventPro.Specs.Reports.Html;
using Microsoft.Playwright;

namespace EventPro.Specs.Reports.Tests.Html;

/// <summary>
/// Opens the generated report in Debian's Chromium (driven by Playwright; its own browser download
/// cannot work on these machines) and checks what a person would see: the diagrams, their covered
/// and uncovered edges, and the highlight when a path is clicked. The report and a screenshot stay in
/// the test output folder (<c>browser-test/</c>) for a person to look at.
/// </summary>
public sealed class ReportBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "browser-test")).FullName;

    [Fact]
    public async Task Report_InChromium_DrawsEveryEdgeAndHighlightsAClickedPath()
    {
        if (!File.Exists(Chromium))
        {
            Assert.Skip($"Chromium is not installed at {Chromium} (apt-get install chromium); .ci/run installs it.");
        }

        var model = Reports.Sample();
        var file = HtmlReportWriter.Write(model, _folder);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-quic", "--no-first-run", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        await page.GotoAsync(new Uri(file).AbsoluteUri);

        var definition = model.Definitions[0];
        var section = page.Locator("section").First;
        Assert.True(await section.Locator("svg").CountAsync() >= 1, "the definition has no diagram");
        var edges = definition.Graph.Edges;
        Assert.Equal(edges.Count(definition.IsCovered), await section.Locator("svg g.edge.covered").CountAsync());
        Assert.Equal(edges.Count(e => !definition.IsCovered(e)), await section.Locator("svg g.edge.uncovered").CountAsync());
        Assert.True(await section.Locator("svg g.edge.uncovered").First.IsVisibleAsync(), "uncovered edges must be visible");

        var row = section.Locator("tr[data-path-id]").First;
        var pathEdges = (await row.GetAttributeAsync("data-edges"))!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        await row.ClickAsync();

        Assert.Contains("highlighting", await section.GetAttributeAsync("class") ?? string.Empty, StringComparison.Ordinal);
        var highlighted = await section.Locator("svg g.edge.hl").CountAsync();
        Assert.True(highlighted >= pathEdges.Distinct().Count(), $"expected the path's {pathEdges.Length} edges to be highlighted, {highlighted} were");
        var dimmed = await section.Locator("svg g.edge:not(.hl)").First.EvaluateAsync<string>("e => getComputedStyle(e).opacity");
        Assert.Equal("0.25", dimmed);

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(_folder, "report.png"), FullPage = true });
        Assert.True(new FileInfo(Path.Combine(_folder, "report.png")).Length > 10_000, "the screenshot is empty");

        await row.ClickAsync();
        Assert.DoesNotContain("highlighting", await section.GetAttributeAsync("class") ?? string.Empty, StringComparison.Ordinal);
    }
}
