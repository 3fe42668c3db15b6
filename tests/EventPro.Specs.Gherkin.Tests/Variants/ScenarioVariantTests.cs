using EventPro.Specs.Gherkin.Tests.Running;

namespace EventPro.Specs.Gherkin.Tests.Variants;

public class ScenarioVariantTests
{
    private static readonly ScenarioVariant Second = new("second", "second run");

    [Fact]
    public void WithVariant_Scenario_KeepsItsIdAndStepsAndEndsTheNameWithTheLabel()
    {
        var written = RunnerTestKit.Feature("  Scenario Outline: Pick\n    Given a <size> order\n\n    Examples:\n      | size  |\n      | large |\n").Scenarios[0];

        var variant = written.WithVariant(Second);

        Assert.Equal("Inline: Pick (size=large) [second run]", variant.DisplayName);
        Assert.Equal(written.Id, variant.Id);
        Assert.Equal(written.Steps, variant.Steps);
        Assert.Same(Second, variant.Variant);
        Assert.Same(ScenarioVariant.AsWritten, written.Variant);
        Assert.Equal("Inline: Pick (size=large)", written.DisplayName);
    }

    [Fact]
    public async Task RunScenarioAsync_Variant_IsWhatTheBindingsSeeInScenarioInfo()
    {
        var written = RunnerTestKit.Feature("  Scenario: Twice\n    Given the variant is noted\n").Scenarios[0];

        var (asWritten, _, writtenJournal) = await RunnerTestKit.RunAsync(written, typeof(VariantSteps));
        var (second, _, secondJournal) = await RunnerTestKit.RunAsync(written.WithVariant(Second), typeof(VariantSteps));

        Assert.Equal(ScenarioStatus.Passed, asWritten.Status);
        Assert.Equal(ScenarioStatus.Passed, second.Status);
        Assert.Equal(["as written"], writtenJournal.Entries);
        Assert.Equal(["second"], secondJournal.Entries);
    }

    public sealed class VariantSteps(ScenarioContext scenario, Journal journal)
    {
        [Given("the variant is noted")]
        public void Note() => journal.Add(scenario.ScenarioInfo.Variant.ToString());
    }
}
