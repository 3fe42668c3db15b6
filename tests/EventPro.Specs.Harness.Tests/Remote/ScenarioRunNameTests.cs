using EventPro.Specs.Gherkin;
using EventPro.Specs.Gherkin.Parsing;
using EventPro.Specs.Harness.Remote;
using EventPro.Specs.Harness.Tests.Drivers;

namespace EventPro.Specs.Harness.Tests.Remote;

public class ScenarioRunNameTests
{
    [Fact]
    public void For_SameScenarioAndRun_GivesTheSameNames()
    {
        Assert.Equal(ScenarioRunName.For(TestScenarios.Context("A purchase"), "eventpro-checkout", 1), ScenarioRunName.For(TestScenarios.Context("A purchase"), "eventpro-checkout", 1));
    }

    [Fact]
    public void For_AnotherRunOrScenario_GivesOtherNames()
    {
        var first = ScenarioRunName.For(TestScenarios.Context("A purchase"), "eventpro-checkout", 1);
        var second = ScenarioRunName.For(TestScenarios.Context("A purchase"), "eventpro-checkout", 2);
        var other = ScenarioRunName.For(TestScenarios.Context("A refund"), "eventpro-checkout", 1);

        Assert.Equal(3, new[] { first.StateMachineName, second.StateMachineName, other.StateMachineName }.Distinct().Count());
        Assert.Equal(3, new[] { first.TestCase, second.TestCase, other.TestCase }.Distinct().Count());
        Assert.Contains("-run2-", second.TestCase, StringComparison.Ordinal);
    }

    [Fact]
    public void For_ExamplesRows_GiveEachRowItsOwnNames()
    {
        var file = FeatureFileParser.Parse("features/rows.feature", """
            Feature: Rows
              Scenario Outline: An order of <n> items
                Given the state machine "order-processing"
                Examples:
                  | n |
                  | 1 |
                  | 2 |
            """);
        var names = file.Scenarios.Select(s => ScenarioRunName.For(Context(s), "order-processing", 1)).ToList();

        Assert.Equal(2, names.Select(n => n.TestCase).Distinct().Count());
    }

    [Fact]
    public void For_LongTitlesAndPunctuation_GiveNamesAwsAccepts()
    {
        var names = ScenarioRunName.For(TestScenarios.Context(new string('x', 200) + ": a ticket, that's \"late\" / refunded"), new string('d', 100), 12);

        Assert.True(names.StateMachineName.Length <= 80, names.StateMachineName);
        Assert.Matches("^[A-Za-z0-9_-]+$", names.StateMachineName);
        Assert.Matches("^[A-Za-z0-9_-]+$", names.TestCase);
        Assert.True($"arn:aws:states:us-east-1:123456789012:stateMachine:{names.StateMachineName}#{names.TestCase}".Length <= 256);
    }

    private static ScenarioContext Context(CompiledScenario scenario) =>
        new(scenario, new FeatureContext(scenario.Feature), null!, null!, TestContext.Current.CancellationToken);
}
