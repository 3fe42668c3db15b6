using EventPro.Specs.Gherkin.Parsing;
using EventPro.Specs.Gherkin.Tests.Fixtures;

namespace EventPro.Specs.Gherkin.Tests.Running;

public class ScenarioExecutionFailureTests
{
    private const string Path = FixtureFiles.Folder + "/Runner/failures.feature";
    private static readonly FeatureFile Failures = FixtureFiles.Load("Runner/failures.feature");

    private static CompiledScenario Scenario(string title) => Failures.Scenarios.Single(s => s.Scenario.Title == title);

    [Fact]
    public async Task Run_StepThrows_ReportsFileLineStepAndCauseAndSkipsTheRest()
    {
        var (result, output, journal) = await RunnerTestKit.RunAsync(Scenario("A step throws"), typeof(FailureSteps));

        Assert.Equal(ScenarioStatus.Failed, result.Status);
        var failure = Assert.Single(result.Failures);
        Assert.Equal($"{Path}:5", failure.Location);
        Assert.Equal("When a step throws \"card declined\"", failure.Context);
        Assert.StartsWith("InvalidOperationException: card declined", failure.Message, StringComparison.Ordinal);
        Assert.Contains("FailureSteps.Throws", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.Reflection", failure.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(failure.Exception);
        Assert.Equal(
            [StepStatus.Passed, StepStatus.Failed, StepStatus.Skipped, StepStatus.Skipped],
            result.Steps.Select(s => s.Status));
        Assert.Equal(["passing"], journal.Entries);
        Assert.Equal(2, output.Lines.Count(l => l == "-> skipped because of previous errors"));
        Assert.Contains(output.Lines, l => l.StartsWith("-> error: InvalidOperationException: card declined", StringComparison.Ordinal));
        Assert.StartsWith($"Scenario 'Failures: A step throws' failed:\n{Path}:5\n  When a step throws \"card declined\"\nInvalidOperationException: card declined", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_StepThrowsAnExpectationFailure_ShowsTypeAndMessageWithoutStackFrames()
    {
        var scenario = FeatureFileParser.Parse("e.feature", "Feature: E\n  Scenario: S\n    Then the seat is \"A-1\"\n").Scenarios[0];

        var (result, _, _) = await RunnerTestKit.RunAsync(scenario, typeof(FailureSteps));

        var failure = Assert.Single(result.Failures);
        Assert.Equal("ExpectationNotMet: expected seat A-1, but the seat was B-7", failure.Message);
    }

    [Fact]
    public async Task Run_UndefinedStep_FailsWithPasteReadySnippet()
    {
        var scenario = FeatureFileParser.Parse("u.feature", "Feature: U\n  Scenario: S\n    Given a passing step\n    And an undefined step with \"quoted\" text and 42 items at 1.5\n").Scenarios[0];

        var (result, output, _) = await RunnerTestKit.RunAsync(scenario, typeof(FailureSteps));

        Assert.Equal(ScenarioStatus.Failed, result.Status);
        Assert.Equal(StepStatus.Undefined, result.Steps[1].Status);
        var failure = Assert.Single(result.Failures);
        Assert.Equal("u.feature:4", failure.Location);
        Assert.Equal(
            "No matching step definition found for the step. Use the following code to create one:\n\n"
            + "[Given(\"an undefined step with {string} text and {int} items at {float}\")]\n"
            + "public void GivenAnUndefinedStepWithTextAndItemsAt(string p0, int p1, double p2)\n"
            + "{\n"
            + "    throw new PendingStepException();\n"
            + "}",
            failure.Message);
        Assert.Contains(output.Lines, l => l.StartsWith("-> No matching step definition found", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_UndefinedStepWithTable_SnippetTakesDataTableAndEscapesParentheses()
    {
        var (result, _, _) = await RunnerTestKit.RunAsync(Scenario("Undefined step with a table"), typeof(FailureSteps));

        Assert.Contains(
            "[Given(\"nothing \\\\(matches\\\\) this step:\")]\npublic void GivenNothingMatchesThisStep(DataTable dataTable)",
            result.Failures[0].Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UndefinedStepWithDocString_SnippetTakesDocString()
    {
        var (result, _, _) = await RunnerTestKit.RunAsync(Scenario("Undefined step with a doc string"), typeof(FailureSteps));

        Assert.Contains("[When(\"nothing matches this text:\")]\npublic void WhenNothingMatchesThisText(DocString docString)", result.Failures[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_StepOnlyDefinedForAnotherKeyword_IsUndefinedWithHint()
    {
        var (result, _, _) = await RunnerTestKit.RunAsync(Scenario("Wrong keyword"), typeof(FailureSteps));

        Assert.Equal(StepStatus.Undefined, result.Steps[0].Status);
        Assert.Contains("Note: step definitions for another keyword match this text: [Given(\"a passing step\")] FailureSteps.Passing()", result.Failures[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_AmbiguousStep_ListsEveryMatch()
    {
        var (result, _, _) = await RunnerTestKit.RunAsync(Scenario("Ambiguous step"), typeof(FailureSteps));

        Assert.Equal(StepStatus.Ambiguous, result.Steps[0].Status);
        Assert.Equal(
            "Ambiguous step definitions found for the step. Matching step definitions:\n"
            + "  [Given(\"an ambiguous step\")] FailureSteps.AmbiguousFirst()\n"
            + "  [Given(\"^an ambiguous (step)$\")] FailureSteps.AmbiguousSecond(String)",
            result.Failures[0].Message);
        Assert.Equal($"{Path}:21", result.Failures[0].Location);
    }

    [Fact]
    public async Task Run_PendingStep_MarksScenarioPendingAndSkipsTheRest()
    {
        var (result, output, journal) = await RunnerTestKit.RunAsync(Scenario("Pending step"), typeof(FailureSteps));

        Assert.Equal(ScenarioStatus.Pending, result.Status);
        Assert.Equal("waiting for the payments API", result.PendingReason);
        Assert.Empty(result.Failures);
        Assert.Equal([StepStatus.Pending, StepStatus.Skipped], result.Steps.Select(s => s.Status));
        Assert.Empty(journal.Entries);
        Assert.Contains("-> pending: waiting for the payments API", output.Lines);
    }

    [Fact]
    public async Task Run_WrongParameterCount_ExplainsTheMismatch()
    {
        var scenario = FeatureFileParser.Parse("a.feature", "Feature: A\n  Scenario: S\n    Given a table step\n").Scenarios[0];

        var (result, _, _) = await RunnerTestKit.RunAsync(scenario, typeof(FailureSteps));

        Assert.Equal(ScenarioStatus.Failed, result.Status);
        Assert.Contains("[Given(\"a table step\")] FailureSteps.TableStep(DataTable) takes 1 parameter(s); the step supplies 0 captured value(s).", result.Failures[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ArgumentCannotConvert_NamesParameterAndValue()
    {
        var scenario = FeatureFileParser.Parse("c.feature", "Feature: C\n  Scenario: S\n    Given the colour purple\n").Scenarios[0];

        var (result, _, _) = await RunnerTestKit.RunAsync(scenario, typeof(FailureSteps));

        Assert.StartsWith(
            "StepArgumentConversionException: Parameter 'colour' of FailureSteps.Colour(ConsoleColor): 'purple' is not a member of ConsoleColor",
            result.Failures[0].Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_BindingErrors_FailEveryScenarioWithThem()
    {
        var scenario = FeatureFileParser.Parse("b.feature", "Feature: B\n  Scenario: S\n    Given a passing step\n").Scenarios[0];

        var (result, _, journal) = await RunnerTestKit.RunAsync(scenario, typeof(FailureSteps), typeof(BrokenBindings));

        Assert.Equal(ScenarioStatus.Failed, result.Status);
        Assert.Equal("Binding errors", result.Failures[0].Context);
        Assert.Contains("BrokenBindings.Bad: The Cucumber expression \"a {colour} car\" uses the undefined parameter type {colour}", result.Failures[0].Message, StringComparison.Ordinal);
        Assert.Empty(journal.Entries);
    }

    public sealed class FailureSteps(Journal journal)
    {
        [Given("a passing step")]
        public void Passing() => journal.Add("passing");

        [When("a step throws {string}")]
        public void Throws(string message) => throw new InvalidOperationException(message);

        [Given("an ambiguous step")]
        public void AmbiguousFirst()
        {
        }

        [Given("^an ambiguous (step)$")]
        public void AmbiguousSecond(string what) => journal.Add(what);

        [Given("a pending step")]
        public Task Pending() => throw new PendingStepException("waiting for the payments API");

        [Given("a table step")]
        public void TableStep(DataTable table) => journal.Add(table.ToString());

        [Given("the colour {word}")]
        public void Colour(ConsoleColor colour) => journal.Add(colour.ToString());

        [Then("the seat is {string}")]
        public void Seat(string seat) => throw new ExpectationNotMet($"expected seat {seat}, but the seat was B-7");
    }

    public sealed class ExpectationNotMet(string message) : Exception(message), IExpectationFailure;

    public sealed class BrokenBindings
    {
        [Given("a {colour} car")]
        public void Bad(string colour) => throw new InvalidOperationException(colour);
    }
}
