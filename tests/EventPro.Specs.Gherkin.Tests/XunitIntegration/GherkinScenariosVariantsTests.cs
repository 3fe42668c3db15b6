using EventPro.Specs.Gherkin.Parsing;
using EventPro.Specs.Gherkin.Tests.Fixtures;
using Xunit.Sdk;

namespace EventPro.Specs.Gherkin.Tests.XunitIntegration;

/// <summary><see cref="GherkinScenariosAttribute.Variants"/>: one row per case and variant.</summary>
public class GherkinScenariosVariantsTests
{
    private const string Discovery = FixtureFiles.Folder + "/Discovery";

    private static async Task<IReadOnlyList<ITheoryDataRow>> RowsAsync(Type variants) =>
        (await new GherkinScenariosAttribute(Discovery) { Variants = variants }
            .GetData(typeof(GherkinScenariosVariantsTests).GetMethod(nameof(RowsAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!, new DisposalTracker()))
            .ToArray();

    [Fact]
    public async Task GetData_Variants_YieldsARowPerVariantNamedWithItsLabel()
    {
        var rows = await RowsAsync(typeof(TwiceVariants));

        Assert.Equal(
            [
                $"{Discovery}/broken.feature: syntax error at line 7",
                "Ordering: Place an order",
                "Ordering: Place an order [second run]",
                "Ordering: Not ready",
                "Ordering: Not ready [second run]",
                "Ordering: Pick a size (size=large)",
                "Ordering: Pick a size (size=large) [second run]",
            ],
            rows.Select(r => r.TestDisplayName));
    }

    [Fact]
    public async Task GetData_VariantRows_CarryAVariantTraitAndKeepTagsAndSkip()
    {
        var rows = await RowsAsync(typeof(TwiceVariants));

        Assert.False(rows[1].Traits!.ContainsKey(GherkinScenariosAttribute.VariantTraitName));
        Assert.Equal(["second"], rows[2].Traits![GherkinScenariosAttribute.VariantTraitName]);
        Assert.Equal(["orders"], rows[2].Traits!["Category"]);
        Assert.Equal("Ignored by @ignore", rows[4].Skip);
    }

    [Fact]
    public async Task GetData_VariantRow_SerializesItsVariant()
    {
        var scenario = (GherkinScenario)(await RowsAsync(typeof(TwiceVariants)))[6].GetData()[0]!;

        var copy = SerializationHelper.Instance.Deserialize<GherkinScenario>(SerializationHelper.Instance.Serialize(scenario)!)!;

        Assert.Equal(new ScenarioVariant("second", "second run"), copy.Variant);
        Assert.Equal("11:17", copy.ScenarioId);
        Assert.Equal("Ordering: Pick a size (size=large) [second run]", copy.DisplayName);
    }

    [Fact]
    public async Task GetData_VariantsThatRefuseACase_YieldAFailingRowNamingFileAndLine()
    {
        var rows = await RowsAsync(typeof(NoLargeOrders));
        var refused = (GherkinScenario)rows.Single(r => r.TestDisplayName == "Ordering: Pick a size (size=large)").GetData()[0]!;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(refused.RunAsync);

        Assert.Equal($"{Discovery}/ordering.feature:11: large orders have no variant", error.Message);
        Assert.Contains("Ordering: Place an order", rows.Select(r => r.TestDisplayName));
    }

    [Fact]
    public async Task GetData_VariantsTypeThatIsNotAProvider_ThrowsNamingIt()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => RowsAsync(typeof(string)));

        Assert.Contains("System.String is not one", error.Message, StringComparison.Ordinal);
    }

    public sealed class TwiceVariants : IScenarioVariants
    {
        public IReadOnlyList<ScenarioVariant> VariantsOf(CompiledScenario scenario) =>
            [ScenarioVariant.AsWritten, new ScenarioVariant("second", "second run")];
    }

    public sealed class NoLargeOrders : IScenarioVariants
    {
        public IReadOnlyList<ScenarioVariant> VariantsOf(CompiledScenario scenario) =>
            scenario.Scenario.CombinedTags.Contains("large") ? throw new InvalidOperationException("large orders have no variant") : [ScenarioVariant.AsWritten];
    }
}
