using EventPro.Specs.Gherkin;
using EventPro.Specs.Gherkin.Parsing;
using EventPro.Specs.Gherkin.Registry;
using EventPro.Specs.Gherkin.Running;
using EventPro.Specs.Harness.Steps;

namespace EventPro.Specs.Harness.Tests.Steps;

/// <summary>Runs Steps/Fixtures/callbacks.feature (and inline scenarios) through the callback steps and the steps they work with.</summary>
public class CallbackStepsTests
{
    private static readonly Type[] Bindings = [typeof(StateMachineSteps), typeof(TaskSteps), typeof(CallbackSteps), typeof(RunSteps), typeof(OutcomeSteps), typeof(PathSteps)];

    public static TheoryData<string> FixtureScenarios() => [.. Fixture().Scenarios.Select(s => s.Scenario.Title)];

    [Theory]
    [MemberData(nameof(FixtureScenarios))]
    public async Task FixtureScenario_Passes(string title)
    {
        var scenario = Fixture().Scenarios.Single(s => s.Scenario.Title == title);

        var result = await RunAsync(scenario);

        Assert.True(result.Status == ScenarioStatus.Passed, string.Join("\n", result.Failures));
    }

    [Fact]
    public async Task NeverAnswers_WithoutAnyTimeout_FailsSayingTheTaskWaitsForever()
    {
        var result = await RunInlineAsync("""
            Given the state machine "tests/EventPro.Specs.Harness.Tests/Steps/Fixtures/callback-untimed.asl.json"
            And the task "WaitForApproval" returns {}
            And the callback of "WaitForApproval" never answers
            When the execution runs
            """);

        Assert.Equal(ScenarioStatus.Failed, result.Status);
        Assert.Contains("callback task (.waitForTaskToken) without TimeoutSeconds or HeartbeatSeconds waits forever", string.Join("\n", result.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SentItsTokenAt_WrongPath_FailsShowingTheParameters()
    {
        var result = await RunInlineAsync(""""
            Given the state machine "tests/EventPro.Specs.Harness.Tests/Steps/Fixtures/callback-approval.asl.json"
            And the input:
              """
              {"order": "o-1"}
              """
            And the task "WaitForApproval" returns {}
            And the callback of "WaitForApproval" succeeds with {} after 1 minute
            When the execution runs
            Then the task "WaitForApproval" sent its task token at "MessageBody.order"
            """");

        Assert.Equal(ScenarioStatus.Failed, result.Status);
        Assert.Contains("did not send its task token at 'MessageBody.order' (found \"o-1\")", string.Join("\n", result.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SentItsToken_StateWithoutCallback_FailsNamingIt()
    {
        var result = await RunInlineAsync("""
            Given the state machine "tests/EventPro.Specs.Harness.Tests/Steps/Fixtures/callback-untimed.asl.json"
            And the task "WaitForApproval" returns {}
            And the callback of "WaitForApproval" succeeds with {} after 1 second
            When the execution runs
            Then the task "Other" sent its task token
            """);

        Assert.Contains("The task 'Other' never handed out a task token", string.Join("\n", result.Failures), StringComparison.Ordinal);
    }

    private static FeatureFile Fixture()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Steps", "Fixtures", "callbacks.feature");
        return FeatureFileParser.Parse(path, File.ReadAllText(path));
    }

    private static Task<ScenarioResult> RunInlineAsync(string steps)
    {
        var indented = string.Join("\n", steps.Split('\n').Select(line => "    " + line));
        var file = FeatureFileParser.Parse("inline.feature", $"Feature: Inline\n  Scenario: Inline\n{indented}\n");
        Assert.False(file.HasErrors, string.Join("\n", file.Errors));
        return RunAsync(file.Scenarios[0]);
    }

    private static Task<ScenarioResult> RunAsync(CompiledScenario scenario) =>
        new GherkinRunner(BindingRegistry.FromTypes(Bindings)).RunScenarioAsync(scenario, new ScenarioRunSettings { CancellationToken = TestContext.Current.CancellationToken });
}
