using EventPro.Specs.Gherkin.Parsing;

namespace EventPro.Specs.Gherkin.Tests.Running;

public class ScenarioExecutionHookTests
{
    private static CompiledScenario Scenario(string tags, params string[] steps) =>
        RunnerTestKit.Feature($"  {tags}\n  Scenario: Hooked\n" + string.Concat(steps.Select(s => $"    {s}\n"))).Scenarios[0];

    [Fact]
    public async Task Run_Hooks_RunByOrderAroundStepsAndEachStep()
    {
        var (result, _, journal) = await RunnerTestKit.RunAsync(Scenario(string.Empty, "Given step one", "When step two"), typeof(OrderedHooks));

        Assert.Equal(ScenarioStatus.Passed, result.Status);
        Assert.Equal(
            [
                "before scenario 1", "before scenario 2",
                "before step", "step one", "after step",
                "before step", "step two", "after step",
                "after scenario 1", "after scenario 2",
            ],
            journal.Entries);
    }

    [Theory]
    [InlineData("@payments", "plain tag")]
    [InlineData("@refunds", "expression")]
    [InlineData("@refunds @slow", "")]
    [InlineData("@other", "")]
    public async Task Run_TaggedHooks_RunOnlyForMatchingScenarios(string tags, string expected)
    {
        var (_, _, journal) = await RunnerTestKit.RunAsync(Scenario(tags, "Given step one"), typeof(TaggedHooks));

        Assert.Equal(expected.Length == 0 ? ["step one"] : [expected, "step one"], journal.Entries);
    }

    [Fact]
    public async Task Run_StepFails_AfterHooksStillRunAndSeeTheError()
    {
        var (result, _, journal) = await RunnerTestKit.RunAsync(Scenario(string.Empty, "Given a failing step", "Then step one"), typeof(FailureAwareHooks));

        Assert.Equal(ScenarioStatus.Failed, result.Status);
        Assert.Equal(["after step saw Failed", "after scenario saw InvalidOperationException"], journal.Entries);
    }

    [Fact]
    public async Task Run_BeforeHookFails_StepsAreSkippedButAfterHooksRun()
    {
        var (result, output, journal) = await RunnerTestKit.RunAsync(Scenario("@broken", "Given step one"), typeof(FailureAwareHooks));

        Assert.Equal(ScenarioStatus.Failed, result.Status);
        Assert.Equal([StepStatus.Skipped], result.Steps.Select(s => s.Status));
        Assert.Equal("[BeforeScenario] FailureAwareHooks.Broken()", result.Failures[0].Context);
        Assert.Equal("inline.feature:3", result.Failures[0].Location);
        Assert.StartsWith("TimeoutException: the database did not start", result.Failures[0].Message, StringComparison.Ordinal);
        Assert.Equal(["after scenario saw TimeoutException"], journal.Entries);
        Assert.Contains(output.Lines, l => l.StartsWith("-> error in [BeforeScenario] FailureAwareHooks.Broken(): TimeoutException", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_AfterHookFails_FailsAPassingScenarioAndLaterAfterHooksStillRun()
    {
        var (result, _, journal) = await RunnerTestKit.RunAsync(Scenario("@cleanup", "Given step one"), typeof(CleanupHooks));

        Assert.Equal(ScenarioStatus.Failed, result.Status);
        Assert.Equal([StepStatus.Passed], result.Steps.Select(s => s.Status));
        Assert.Equal("[AfterScenario] CleanupHooks.FailingCleanup()", Assert.Single(result.Failures).Context);
        Assert.Equal(["step one", "second cleanup"], journal.Entries);
    }

    [Fact]
    public async Task Run_ScopedStepDefinition_WinsOverUnscopedOne()
    {
        var (scoped, _, scopedJournal) = await RunnerTestKit.RunAsync(Scenario("@special", "Given step one"), typeof(OrderedHooks), typeof(ScopedSteps));
        var (plain, _, plainJournal) = await RunnerTestKit.RunAsync(Scenario(string.Empty, "Given step one"), typeof(OrderedHooks), typeof(ScopedSteps));

        Assert.Equal(ScenarioStatus.Passed, scoped.Status);
        Assert.Contains("special step one", scopedJournal.Entries);
        Assert.DoesNotContain("step one", scopedJournal.Entries);
        Assert.Equal(ScenarioStatus.Passed, plain.Status);
        Assert.Contains("step one", plainJournal.Entries);
    }

    public sealed class OrderedHooks(Journal journal)
    {
        [BeforeScenario(Order = 2)]
        public void SecondBefore() => journal.Add("before scenario 2");

        [BeforeScenario(Order = 1)]
        public Task FirstBefore()
        {
            journal.Add("before scenario 1");
            return Task.CompletedTask;
        }

        [BeforeStep]
        public void BeforeStep() => journal.Add("before step");

        [AfterStep]
        public void AfterStep() => journal.Add("after step");

        [AfterScenario]
        public void SecondAfter() => journal.Add("after scenario 2");

        [AfterScenario(Order = 5)]
        public async ValueTask FirstAfter()
        {
            await Task.Yield();
            journal.Add("after scenario 1");
        }

        [Given("step one")]
        [Then("step one")]
        public void StepOne() => journal.Add("step one");

        [When("step two")]
        public void StepTwo() => journal.Add("step two");
    }

    public sealed class TaggedHooks(Journal journal)
    {
        [BeforeScenario("payments")]
        public void Plain() => journal.Add("plain tag");

        [BeforeScenario("@refunds and not @slow")]
        public void Expression() => journal.Add("expression");

        [Given("step one")]
        public void StepOne() => journal.Add("step one");
    }

    public sealed class FailureAwareHooks(Journal journal, ScenarioContext scenario)
    {
        [BeforeScenario("broken")]
        public void Broken() => throw new TimeoutException("the database did not start");

        [AfterStep]
        public void AfterStep() => journal.Add($"after step saw {scenario.ScenarioExecutionStatus}");

        [AfterScenario]
        public void AfterScenario() => journal.Add($"after scenario saw {scenario.TestError?.GetType().Name}");

        [Given("a failing step")]
        public void Failing() => throw new InvalidOperationException("boom");

        [Then("step one")]
        [Given("step one")]
        public void StepOne() => journal.Add("step one");
    }

    public sealed class CleanupHooks(Journal journal)
    {
        [AfterScenario("cleanup", Order = 1)]
        public void FailingCleanup() => throw new IOException("disk full");

        [AfterScenario("cleanup", Order = 2)]
        public void SecondCleanup() => journal.Add("second cleanup");

        [Given("step one")]
        public void StepOne() => journal.Add("step one");
    }

    [Scope(Tag = "special")]
    public sealed class ScopedSteps(Journal journal)
    {
        [Given("step one")]
        public void StepOne() => journal.Add("special step one");
    }
}
