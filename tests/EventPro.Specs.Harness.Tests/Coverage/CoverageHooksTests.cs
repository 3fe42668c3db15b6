using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Gherkin.Parsing;
using EventPro.Specs.Harness.Coverage;
using EventPro.Specs.Harness.Tests.Drivers;

namespace EventPro.Specs.Harness.Tests.Coverage;

/// <summary>Which definitions the gate judges: only those whose features all ran whole (a filtered run is not a failed gate).</summary>
public sealed class CoverageHooksTests : IDisposable
{
    private const string Definition = """{ "StartAt": "Done", "States": { "Done": { "Type": "Succeed" } } }""";

    private readonly string _root = Directory.CreateTempSubdirectory("eventpro-gate-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void WriteFeature(string name, string title)
    {
        Directory.CreateDirectory(Path.Combine(_root, "features"));
        File.WriteAllText(Path.Combine(_root, "features", name), $"Feature: {name}\n  Scenario: {title}\n    Given the state machine \"tickets\"\n");
    }

    /// <summary>Runs the feature's scenario as a test run would: noted as ran, its execution recorded for "tickets".</summary>
    private void Ran(CoverageSession session, string name, bool recordExecution = true)
    {
        var scenario = Assert.Single(FeatureFileParser.ParseFile(_root, $"features/{name}").Scenarios);
        session.ScenarioRan(scenario);
        if (recordExecution)
        {
            var machine = StateMachine.Parse(Definition, "tickets.asl.json");
            session.Record(TestScenarios.Context(scenario.Scenario.Title, featurePath: $"features/{name}"), machine, "tickets", new StepFunctionsEngine().Execute(machine, JsonObject.Empty));
        }
    }

    [Fact]
    public void CompletelyRun_AnotherFeatureNamingTheDefinitionDidNotRun_IsNotJudged()
    {
        WriteFeature("a.feature", "Sold");
        WriteFeature("b.feature", "Refunded");
        var session = new CoverageSession();
        Ran(session, "a.feature");

        Assert.Empty(CoverageHooks.CompletelyRun(session, _root, ["tickets"]));
    }

    [Fact]
    public void CompletelyRun_EveryFeatureNamingTheDefinitionRan_IsJudged()
    {
        WriteFeature("a.feature", "Sold");
        WriteFeature("b.feature", "Refunded");
        var session = new CoverageSession();
        Ran(session, "a.feature");
        Ran(session, "b.feature", recordExecution: false);

        Assert.Equal(["tickets"], CoverageHooks.CompletelyRun(session, _root, ["tickets"]));
    }
}
