using EventPro.Specs.Gherkin.Tests.Fixtures;
using Xunit.Sdk;

namespace EventPro.Specs.Gherkin.Tests.XunitIntegration;

public class GherkinScenariosAttributeTests
{
    private const string Discovery = FixtureFiles.Folder + "/Discovery";

    private static async Task<IReadOnlyList<ITheoryDataRow>> RowsAsync(string folder) =>
        (await new GherkinScenariosAttribute(folder).GetData(typeof(GherkinScenariosAttributeTests).GetMethod(nameof(RowsAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!, new DisposalTracker())).ToArray();

    [Fact]
    public async Task GetData_Folder_YieldsOneNamedRowPerCaseInPathOrder()
    {
        var rows = await RowsAsync(Discovery);

        Assert.Equal(
            [
                $"{Discovery}/broken.feature: syntax error at line 7",
                "Ordering: Place an order",
                "Ordering: Not ready",
                "Ordering: Pick a size (size=large)",
            ],
            rows.Select(r => r.TestDisplayName));
    }

    [Fact]
    public async Task GetData_Tags_BecomeCategoryTraitsAndIgnoreBecomesSkip()
    {
        var rows = await RowsAsync(Discovery);

        Assert.Equal(["orders"], rows[1].Traits!["Category"]);
        Assert.Null(rows[1].Skip);
        Assert.Equal("Ignored by @ignore", rows[2].Skip);
        Assert.Equal(["orders", "large"], rows[3].Traits!["Category"]);
    }

    [Fact]
    public async Task GetData_Rows_CarrySerializableScenarioIdentities()
    {
        var scenario = (GherkinScenario)(await RowsAsync(Discovery))[3].GetData()[0]!;

        var copy = SerializationHelper.Instance.Deserialize<GherkinScenario>(SerializationHelper.Instance.Serialize(scenario)!)!;

        Assert.Equal($"{Discovery}/ordering.feature", copy.FeaturePath);
        Assert.Equal("11:17", copy.ScenarioId);
        Assert.Equal("Ordering: Pick a size (size=large)", copy.DisplayName);
        Assert.Equal(scenario.Root, copy.Root);
        Assert.Equal(copy.DisplayName, copy.ToString());
    }

    [Fact]
    public async Task GetData_MissingFolder_ThrowsWithThePath()
    {
        var error = await Assert.ThrowsAsync<DirectoryNotFoundException>(() => RowsAsync("no/such/folder"));

        Assert.Contains("'no/such/folder'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_FileThatDoesNotParse_FailsWithFileAndLine()
    {
        var broken = (GherkinScenario)(await RowsAsync(Discovery))[0].GetData()[0]!;

        var error = await Assert.ThrowsAsync<FeatureParseException>(broken.RunAsync);

        Assert.StartsWith($"The feature file {Discovery}/broken.feature does not parse:\n  {Discovery}/broken.feature:7:", error.Message, StringComparison.Ordinal);
        Assert.EndsWith($"{Discovery}/broken.feature:line 7", error.StackTrace, StringComparison.Ordinal);
        Assert.StartsWith("   at ", error.StackTrace, StringComparison.Ordinal);
    }
}
