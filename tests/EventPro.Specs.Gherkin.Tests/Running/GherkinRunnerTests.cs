using EventPro.Specs.Gherkin.Parsing;
using EventPro.Specs.Gherkin.Registry;
using EventPro.Specs.Gherkin.Running;

namespace EventPro.Specs.Gherkin.Tests.Running;

public class GherkinRunnerTests
{
    [Fact]
    public async Task RunScenarioAsync_ParallelScenarios_EachSeesOnlyItsOwnContext()
    {
        var file = RunnerTestKit.Feature(
            "  Scenario Outline: Isolated\n    Given I remember <value>\n    When every scenario has remembered\n    Then I still remember <value>\n\n"
            + "    Examples:\n      | value |\n      | red   |\n      | blue  |\n      | green |\n      | amber |\n");
        var runner = new GherkinRunner(BindingRegistry.FromTypes(typeof(IsolationSteps)));
        var rendezvous = new Rendezvous(file.Scenarios.Count);

        var results = await Task.WhenAll(file.Scenarios.Select(scenario => Task.Run(() => runner.RunScenarioAsync(
            scenario,
            new ScenarioRunSettings { ConfigureContainer = c => c.RegisterInstanceAs(rendezvous) }))));

        Assert.All(results, r => Assert.True(r.Status == ScenarioStatus.Passed, r.Failures.Count > 0 ? r.FailureMessage : null));
        Assert.Equal(file.Scenarios.Count, rendezvous.Arrived);
    }

    [Fact]
    public async Task RunScenarioAsync_Container_SharesOneInstancePerScenarioAndDisposesNewestFirst()
    {
        var file = RunnerTestKit.Feature(
            "  Scenario: A\n    Given the world is named Ada\n    Then the owner's world is named Ada\n"
            + "  Scenario: B\n    Then the owner's world is named nobody\n");
        var runner = new GherkinRunner(BindingRegistry.FromTypes(typeof(WorldNamingSteps), typeof(WorldOwnerSteps)));

        var (first, _, firstJournal) = await RunnerTestKit.RunAsync(runner, file.Scenarios[0]);
        var (second, _, secondJournal) = await RunnerTestKit.RunAsync(runner, file.Scenarios[1]);

        Assert.Equal(ScenarioStatus.Passed, first.Status);
        Assert.Equal(ScenarioStatus.Passed, second.Status);
        Assert.Equal(["world created", "owner of Ada disposed", "world Ada async-disposed"], firstJournal.Entries);
        Assert.Equal(["world created", "owner of nobody disposed", "world nobody async-disposed"], secondJournal.Entries);
    }

    [Fact]
    public async Task RunScenarioAsync_UnresolvableConstructorParameter_FailsWithTheDependencyChain()
    {
        var file = RunnerTestKit.Feature("  Scenario: A\n    Given a step that needs a gateway\n");

        var (result, _, _) = await RunnerTestKit.RunAsync(file.Scenarios[0], typeof(NeedsGatewaySteps));

        Assert.Contains(
            $"Cannot resolve {typeof(IGateway).FullName} (an interface), needed by {typeof(NeedsGatewaySteps).FullName}",
            result.Failures[0].Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunScenarioAsync_ContextObjects_AreInjectable()
    {
        var file = RunnerTestKit.Feature("  @tagged\n  Scenario: Context\n    Given the context is injected\n");

        var (result, output, journal) = await RunnerTestKit.RunAsync(file.Scenarios[0], typeof(ContextSteps));

        Assert.Equal(ScenarioStatus.Passed, result.Status);
        Assert.Equal(["Inline: Context [tagged] bag=1 same container"], journal.Entries);
        Assert.Contains("written by a binding", output.Lines);
    }

    [Fact]
    public async Task TestRunLifecycle_RunAndFeatureHooks_RunOncePerRunAndFeature()
    {
        var first = FeatureFileParser.Parse("one.feature", "@first\nFeature: One\n  Scenario: A\n    Given a lifecycle step\n  Scenario: B\n    Given a lifecycle step\n");
        var second = FeatureFileParser.Parse("two.feature", "Feature: Two\n  Scenario: C\n    Given a lifecycle step\n");
        var runner = new GherkinRunner(BindingRegistry.FromTypes(typeof(LifecycleHooks)));
        LifecycleHooks.Reset();

        await runner.StartTestRunAsync();
        await runner.StartTestRunAsync();
        var results = await Task.WhenAll(first.Scenarios.Concat(second.Scenarios).Select(s => runner.RunScenarioAsync(s)));
        await runner.FinishTestRunAsync();
        await runner.FinishTestRunAsync();

        Assert.All(results, r => Assert.Equal(ScenarioStatus.Passed, r.Status));
        Assert.Equal(
            ["before run", "before feature One", "before feature Two", "after feature One", "after feature Two", "after run"],
            LifecycleHooks.Events.Where(e => !e.StartsWith("step", StringComparison.Ordinal)).Order(StringComparer.Ordinal).OrderBy(LifecycleHooks.Phase));
        Assert.Equal(3, LifecycleHooks.Events.Count(e => e.StartsWith("step", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RunFeatureAsync_Feature_RunsAfterFeatureHooksWhenItsScenariosAreDone()
    {
        var file = FeatureFileParser.Parse("f.feature", "@only\nFeature: Feature hooks\n  Scenario: A\n    Given a lifecycle step\n");
        var runner = new GherkinRunner(BindingRegistry.FromTypes(typeof(FeatureOnlyHooks)));

        var results = await runner.RunFeatureAsync(file);

        Assert.Equal(ScenarioStatus.Passed, Assert.Single(results).Status);
        Assert.Equal(["before", "step", "after"], FeatureOnlyHooks.Events);
    }

    [Fact]
    public async Task RunScenarioAsync_BeforeTestRunFailed_FailsEveryScenarioWithTheHookError()
    {
        var file = RunnerTestKit.Feature("  Scenario: A\n    Given a lifecycle step\n");
        var runner = new GherkinRunner(BindingRegistry.FromTypes(typeof(FailingRunHook)));

        var error = await Assert.ThrowsAsync<GherkinHookException>(runner.StartTestRunAsync);
        var result = await runner.RunScenarioAsync(file.Scenarios[0]);

        Assert.Contains("[BeforeTestRun] FailingRunHook.Start()", error.Message, StringComparison.Ordinal);
        Assert.Equal(ScenarioStatus.Failed, result.Status);
        Assert.Equal("[BeforeTestRun] FailingRunHook.Start()", result.Failures[0].Context);
        Assert.Equal(StepStatus.Skipped, result.Steps[0].Status);
    }

    [Fact]
    public async Task RunScenarioAsync_Observers_AreToldStartAndEndWithResult()
    {
        var file = RunnerTestKit.Feature("  @watched\n  Scenario: Observed\n    Given the context is injected\n");
        var observer = new RecordingObserver();
        var runner = new GherkinRunner(BindingRegistry.FromTypes(typeof(ContextSteps)), [observer]);

        var (result, _, _) = await RunnerTestKit.RunAsync(runner, file.Scenarios[0]);

        Assert.Equal(["started Inline: Observed", "finished Inline: Observed Passed watched bag=1"], observer.Events);
        Assert.True(result.Duration > TimeSpan.Zero);
    }

    [Fact]
    public async Task RunScenarioAsync_ObserverThrows_FailsTheScenario()
    {
        var file = RunnerTestKit.Feature("  Scenario: Observed\n    Given the context is injected\n");
        var runner = new GherkinRunner(BindingRegistry.FromTypes(typeof(ContextSteps)), [new ThrowingObserver()]);

        var result = await runner.RunScenarioAsync(file.Scenarios[0]);

        Assert.Equal(ScenarioStatus.Failed, result.Status);
        Assert.Equal("ThrowingObserver.ScenarioFinished", Assert.Single(result.Failures).Context);
    }

    [Fact]
    public async Task RunScenarioAsync_Cancelled_SkipsRemainingStepsAndFails()
    {
        var file = RunnerTestKit.Feature("  Scenario: Cancelled\n    Given a lifecycle step\n");
        var runner = new GherkinRunner(BindingRegistry.FromTypes(typeof(FeatureOnlyHooks)));

        var result = await runner.RunScenarioAsync(file.Scenarios[0], new ScenarioRunSettings { CancellationToken = new CancellationToken(canceled: true) });

        Assert.Equal(ScenarioStatus.Failed, result.Status);
        Assert.Equal(StepStatus.Skipped, result.Steps[0].Status);
        Assert.Equal("The test run was cancelled before this step.", result.Failures[0].Message);
    }

    [Fact]
    public async Task RunScenarioAsync_IgnoredScenario_IsSkippedWithoutRunning()
    {
        var file = RunnerTestKit.Feature("  @ignore\n  Scenario: Later\n    Given nothing defined\n");

        var result = await new GherkinRunner(BindingRegistry.FromTypes()).RunScenarioAsync(file.Scenarios[0]);

        Assert.Equal(ScenarioStatus.Skipped, result.Status);
        Assert.Empty(result.Steps);
    }

    /// <summary>Lets scenarios wait until all of them are inside a step at the same time.</summary>
    public sealed class Rendezvous(int expected)
    {
        private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _arrived;

        public int Arrived => Volatile.Read(ref _arrived);

        public Task ArriveAsync()
        {
            if (Interlocked.Increment(ref _arrived) == expected)
            {
                _all.SetResult();
            }

            return _all.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    public sealed class Memory
    {
        public string? Value { get; set; }
    }

    public sealed class IsolationSteps(Memory memory, Rendezvous rendezvous, ScenarioContext context)
    {
        [Given("I remember {word}")]
        public void Remember(string value)
        {
            memory.Value = value;
            context.Set(value, "remembered");
        }

        [When("every scenario has remembered")]
        public Task Wait() => rendezvous.ArriveAsync();

        [Then("I still remember {word}")]
        public void Check(string value)
        {
            Assert.Equal(value, memory.Value);
            Assert.Equal(value, context.Get<string>("remembered"));
        }
    }

    public sealed class World : IAsyncDisposable, IDisposable
    {
        private readonly Journal _journal;

        public World(Journal journal)
        {
            _journal = journal;
            journal.Add("world created");
        }

        public string Name { get; set; } = "nobody";

        public ValueTask DisposeAsync()
        {
            _journal.Add($"world {Name} async-disposed");
            return ValueTask.CompletedTask;
        }

        public void Dispose() => _journal.Add($"world {Name} disposed twice");
    }

    public sealed class WorldOwner(World world, Journal journal) : IDisposable
    {
        public World World => world;

        public void Dispose() => journal.Add($"owner of {world.Name} disposed");
    }

    public sealed class WorldNamingSteps(World world)
    {
        [Given("the world is named {word}")]
        public void Name(string name) => world.Name = name;
    }

    public sealed class WorldOwnerSteps(WorldOwner owner)
    {
        [Then("the owner's world is named {word}")]
        public void Named(string name) => Assert.Equal(name, owner.World.Name);
    }

    public interface IGateway;

    public sealed class NeedsGatewaySteps(IGateway gateway)
    {
        [Given("a step that needs a gateway")]
        public void Step() => Assert.NotNull(gateway);
    }

    public sealed class ContextSteps(ScenarioContext scenario, FeatureContext feature, IObjectContainer container, IScenarioOutput output, Journal? journal = null)
    {
        [Given("the context is injected")]
        public void Injected()
        {
            scenario.Set(1, "bag");
            output.WriteLine("written by a binding");
            var same = ReferenceEquals(container, scenario.ScenarioContainer) && ReferenceEquals(feature, scenario.FeatureContext) ? "same container" : "different";
            journal?.Add($"{scenario.FeatureInfo.Title}: {scenario.ScenarioInfo.Title} [{string.Join(",", scenario.ScenarioInfo.CombinedTags)}] bag={scenario.Get<int>("bag")} {same}");
        }
    }

    public sealed class LifecycleHooks
    {
        private static readonly System.Collections.Concurrent.ConcurrentQueue<string> Log = new();

        public static IReadOnlyList<string> Events => Log.ToArray();

        public static void Reset() => Log.Clear();

        public static int Phase(string entry) =>
            entry.StartsWith("before run", StringComparison.Ordinal) ? 0
            : entry.StartsWith("before feature", StringComparison.Ordinal) ? 1
            : entry.StartsWith("after feature", StringComparison.Ordinal) ? 2
            : 3;

        [BeforeTestRun]
        public static void BeforeRun() => Log.Enqueue("before run");

        [BeforeFeature]
        public static void BeforeFeature(FeatureContext feature) => Log.Enqueue($"before feature {feature.FeatureInfo.Title}");

        [AfterFeature]
        public static void AfterFeature(FeatureInfo feature) => Log.Enqueue($"after feature {feature.Title}");

        [AfterTestRun]
        public static Task AfterRun()
        {
            Log.Enqueue("after run");
            return Task.CompletedTask;
        }

        [Given("a lifecycle step")]
        public void Step() => Log.Enqueue("step");
    }

    public sealed class FeatureOnlyHooks
    {
        private static readonly System.Collections.Concurrent.ConcurrentQueue<string> Log = new();

        public static IReadOnlyList<string> Events => Log.ToArray();

        [BeforeFeature("only")]
        public static void Before() => Log.Enqueue("before");

        [AfterFeature("only")]
        public static void After() => Log.Enqueue("after");

        [Given("a lifecycle step")]
        public void Step() => Log.Enqueue("step");
    }

    public sealed class FailingRunHook
    {
        [BeforeTestRun]
        public static void Start() => throw new InvalidOperationException("no license");

        [Given("a lifecycle step")]
        public void Step()
        {
        }
    }

    public sealed class RecordingObserver : IScenarioObserver
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _events = new();

        public IReadOnlyList<string> Events => _events.ToArray();

        public void ScenarioStarted(ScenarioContext context) => _events.Enqueue($"started {context.Scenario.DisplayName}");

        public void ScenarioFinished(ScenarioContext context, ScenarioResult result) =>
            _events.Enqueue($"finished {result.Scenario.DisplayName} {result.Status} {string.Join(",", result.Scenario.Scenario.CombinedTags)} bag={context.Get<int>("bag")}");
    }

    public sealed class ThrowingObserver : IScenarioObserver
    {
        public void ScenarioStarted(ScenarioContext context)
        {
        }

        public void ScenarioFinished(ScenarioContext context, ScenarioResult result) => throw new InvalidOperationException("report disk full");
    }
}
