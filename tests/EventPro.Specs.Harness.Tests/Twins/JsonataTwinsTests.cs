using EventPro.Specs.Gherkin;
using EventPro.Specs.Gherkin.Parsing;
using EventPro.Specs.Harness.Twins;

namespace EventPro.Specs.Harness.Tests.Twins;

public class JsonataTwinsTests
{
    private static IReadOnlyList<ScenarioVariant> VariantsOf(string featureTags, string scenarioTags)
    {
        var file = FeatureFileParser.Parse("twins.feature", $"{featureTags}\nFeature: Twins\n\n  {scenarioTags}\n  Scenario: One\n    Given the state machine \"x\"\n");
        return new JsonataTwins().VariantsOf(file.Scenarios.Single());
    }

    [Fact]
    public void VariantsOf_UntaggedScenario_RunsOnceAsWritten() =>
        Assert.Equal([ScenarioVariant.AsWritten], VariantsOf("@checkout", "@happy"));

    [Fact]
    public void VariantsOf_FeatureTaggedJsonataTwin_RunsAsWrittenThenAgainstTheTwin() =>
        Assert.Equal([ScenarioVariant.AsWritten, JsonataTwins.Twin], VariantsOf("@jsonata-twin", "@happy"));

    [Fact]
    public void VariantsOf_ScenarioTaggedJsonataTwin_RunsBoth() =>
        Assert.Equal([ScenarioVariant.AsWritten, JsonataTwins.Twin], VariantsOf("@checkout", "@jsonata-twin"));

    [Fact]
    public void VariantsOf_JsonPathOnly_RunsOnlyAsWritten() =>
        Assert.Equal([ScenarioVariant.AsWritten], VariantsOf("@jsonata-twin", "@jsonpath-only"));

    [Fact]
    public void VariantsOf_JsonataOnly_RunsOnlyAgainstTheTwin() =>
        Assert.Equal([JsonataTwins.Twin], VariantsOf("@jsonata-twin", "@jsonata-only"));

    [Fact]
    public void VariantsOf_BothOnlyTags_IsRefusedSayingWhy()
    {
        var e = Assert.Throws<InvalidOperationException>(() => VariantsOf("@jsonata-twin @jsonpath-only", "@jsonata-only"));

        Assert.Contains("both @jsonpath-only and @jsonata-only", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VariantsOf_OnlyTagWithoutTwinTag_IsRefusedSayingWhatToTag()
    {
        var e = Assert.Throws<InvalidOperationException>(() => VariantsOf("@checkout", "@jsonata-only"));

        Assert.Contains("@jsonata-only only means something in a feature or scenario tagged @jsonata-twin", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Twin_IsNamedForFilesAndLabelledForTestNames()
    {
        Assert.Equal("jsonata", JsonataTwins.Twin.Name);
        Assert.Equal("JSONata twin", JsonataTwins.Twin.Label);
        Assert.True(JsonataTwins.IsTwin(JsonataTwins.Twin));
        Assert.False(JsonataTwins.IsTwin(ScenarioVariant.AsWritten));
    }
}
