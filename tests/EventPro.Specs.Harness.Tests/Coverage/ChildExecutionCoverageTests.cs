using EventPro.Specs.Engine.Json;
using EventPro.Specs.Gherkin;
using EventPro.Specs.Harness.Coverage;
using EventPro.Specs.Harness.Drivers;
using EventPro.Specs.Harness.Tests.Drivers;
using EventPro.Specs.Reports.Coverage;
using EventPro.Specs.Reports.Gate;

namespace EventPro.Specs.Harness.Tests.Coverage;

/// <summary>
/// A scenario's child executions count toward their own definitions' coverage: coverage-root starts
/// coverage-middle (<c>.sync:2</c>), which starts coverage-leaf without waiting (request-response)
/// and ends while the leaf still waits. Only coverage-root is run by the scenario.
/// </summary>
public sealed class ChildExecutionCoverageTests
{
    private const string Folder = "tests/EventPro.Specs.Harness.Tests/Coverage/Nested";

    private static (CoverageModel Model, string Title) RunRoot(string title, string feature)
    {
        var scenario = TestScenarios.Context(title, featurePath: feature);
        var driver = new ExecutionDriver(scenario);
        driver.Load(Path.Combine(RepositoryRoot.Find(null), Folder, "coverage-root.asl.json"), reference: $"{Folder}/coverage-root.asl.json");
        driver.Input = JsonValue.Parse("""{"orderId": "o-1"}""");
        var result = driver.Run();
        Assert.Equal("SUCCEEDED", result.StatusName);
        return (CoverageSession.Current.Recorder.Snapshot(), scenario.Scenario.DisplayName);
    }

    private static ExecutionRecord RecordOf(CoverageModel model, string definitionId, string title) =>
        Assert.Single(model.Definitions.Single(d => d.Id == definitionId).Executions, r => r.Scenario == title);

    [Fact]
    public void Run_ChildAndGrandchild_EachCoversItsOwnDefinition()
    {
        var (model, title) = RunRoot("Root starts middle starts leaf", "features/child-coverage-definitions.feature");

        var middle = model.Definitions.Single(d => d.Id == "coverage-middle");
        var leaf = model.Definitions.Single(d => d.Id == "coverage-leaf");
        Assert.Contains(middle.Executions, r => r.Scenario == title);
        Assert.Contains(leaf.Executions, r => r.Scenario == title);
        // Every transition of the middle but the StartLeaf task's uncaught-error edge; the leaf's happy path, which is all it has.
        Assert.Equal(new CoverageCount(3, 4), middle.Transitions);
        Assert.Equal(new CoverageCount(1, 2), middle.PathCount);
        Assert.Equal(100, leaf.Transitions.Percent);
        Assert.Equal(100, leaf.PathCount.Percent);
        var policy = CoveragePolicy.Parse("""
            {
              "coverage-middle": { "minTransitionPercent": 75, "minPathPercent": 50 },
              "coverage-leaf": { "minTransitionPercent": 100, "minPathPercent": 100 }
            }
            """);
        Assert.DoesNotContain(CoverageGate.Evaluate(model, policy), f => f.DefinitionId is "coverage-middle" or "coverage-leaf");
    }

    [Fact]
    public void Run_ChildAndGrandchild_RecordsSayWhoStartedWhom()
    {
        var (model, title) = RunRoot("Root records its family", "features/child-coverage-family.feature");

        var root = RecordOf(model, "coverage-root", title);
        var middle = Assert.Single(root.Children);
        Assert.Equal("coverage-middle", middle.DefinitionId);
        Assert.Equal(new ParentTask("coverage-root", "StartMiddle", "sync:2"), middle.StartedBy);
        var leaf = Assert.Single(middle.Children);
        Assert.Equal("coverage-leaf", leaf.DefinitionId);
        Assert.Equal(new ParentTask("coverage-middle", "StartLeaf", null), leaf.StartedBy);
        Assert.Same(leaf, RecordOf(model, "coverage-leaf", title));
        Assert.Equal(["Pack", "Cool", "Done"], leaf.Result.Path);
        Assert.Null(root.StartedBy);
    }

    [Fact]
    public void Run_ChildDefinitions_CountTheScenariosFeatureForTheGate()
    {
        const string feature = "features/child-coverage-gate.feature";

        RunRoot("Root counts its children's feature", feature);

        // The gate judges a definition only when every scenario of the features that ran it ran;
        // a child's definition is run by its parent scenario's feature.
        Assert.Contains((feature, ScenarioVariant.AsWritten), CoverageSession.Current.FeaturesOf("coverage-middle"));
        Assert.Contains((feature, ScenarioVariant.AsWritten), CoverageSession.Current.FeaturesOf("coverage-leaf"));
    }
}
