using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.Coverage;
using EventPro.Specs.Harness.Mocks;
using EventPro.Specs.Harness.Twins;
using EventPro.Specs.Reports.Gate;

namespace EventPro.Specs.Harness.Tests.Coverage;

/// <summary>
/// The coverage gate as a test run meets it: each scenario's execution, run on the real engine with
/// the scenario's task mocks, is recorded in a session; leaving one scenario out must fail a
/// 100 % policy with a message that names what only that scenario covered.
/// </summary>
public sealed class CoverageSessionTests
{
    private const string Payment = """
        {
          "StartAt": "ProcessPayment",
          "States": {
            "ProcessPayment": {
              "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Confirm",
              "Catch": [
                { "ErrorEquals": ["PaymentDeclined"], "ResultPath": "$.error", "Next": "PaymentFailed" },
                { "ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "GatewayDown" }
              ]
            },
            "Confirm": { "Type": "Succeed" },
            "PaymentFailed": { "Type": "Fail", "Error": "PaymentFailed" },
            "GatewayDown": { "Type": "Fail", "Error": "GatewayDown" }
          }
        }
        """;

    private static readonly CoveragePolicy FullCoverage = CoveragePolicy.Parse("""{ "*": { "minTransitionPercent": 100, "minPathPercent": 100 } }""");

    /// <summary>The payment scenarios: what ProcessPayment does in each.</summary>
    private static readonly Dictionary<string, TaskBehaviour> Scenarios = new(StringComparer.Ordinal)
    {
        ["The card is charged"] = new TaskBehaviour.Returns(JsonValue.Parse("""{"charged": true}""")),
        ["The card is declined"] = new TaskBehaviour.Throws("PaymentDeclined", "card_declined"),
        ["The gateway is down"] = new TaskBehaviour.Throws("Lambda.ServiceException", "unavailable"),
    };

    private static CoverageSession Run(IEnumerable<string> scenarios)
    {
        var session = new CoverageSession();
        var machine = StateMachine.Parse(Payment, "payment.asl.json");
        foreach (var scenario in scenarios)
        {
            var mocks = new ScenarioTaskMocks();
            mocks.Set("ProcessPayment", Scenarios[scenario]);
            var result = new StepFunctionsEngine(mocks).Execute(machine, JsonValue.Parse("""{"orderId": "O-1"}"""));
            session.Recorder.Record(machine, result, scenario, ["@payment"], "payment");
        }

        return session;
    }

    [Fact]
    public void Recorder_EveryScenarioRecorded_MeetsAHundredPercentPolicy()
    {
        var model = Run(Scenarios.Keys).Recorder.Snapshot();

        Assert.Empty(CoverageGate.Evaluate(model, FullCoverage));
        Assert.Equal(100, Assert.Single(model.Definitions).Transitions.Percent);
    }

    [Theory]
    [InlineData("The card is charged", "ProcessPayment --next--> Confirm", "ProcessPayment → Confirm → (end)")]
    [InlineData("The card is declined", "ProcessPayment --catch[0]: PaymentDeclined--> PaymentFailed", "ProcessPayment → PaymentFailed → (failed)")]
    [InlineData("The gateway is down", "ProcessPayment --catch[1]: States.ALL--> GatewayDown", "ProcessPayment → GatewayDown → (failed)")]
    public void Recorder_OneScenarioLeftOut_GateFailsNamingTheEdgeAndPathOnlyItTook(string leftOut, string edge, string route)
    {
        var model = Run(Scenarios.Keys.Where(s => s != leftOut)).Recorder.Snapshot();

        var failures = CoverageGate.Evaluate(model, FullCoverage).Cast<CoverageBelowThreshold>().ToList();

        var transitions = Assert.Single(failures, f => f.Measure == "transitions");
        Assert.Contains(edge, transitions.Uncovered);
        Assert.Contains(FormattableString.Invariant($"payment: transitions coverage {transitions.ActualPercent:0.0}% is below the required 100%; uncovered transitions:"), transitions.Message);
        Assert.Contains($"\n  - {edge}", transitions.Message);
        var paths = Assert.Single(failures, f => f.Measure == "paths");
        Assert.Equal([route], paths.Uncovered.Select(p => p[(p.IndexOf(": ", StringComparison.Ordinal) + 2)..]));
    }

    [Fact]
    public void Recorder_LeftOutItemsDeclaredInfeasible_GateFailsNoLonger()
    {
        var model = Run(Scenarios.Keys.Where(s => s != "The gateway is down")).Recorder.Snapshot();
        var policy = CoveragePolicy.Parse("""
            {
              "*": { "minTransitionPercent": 100, "minPathPercent": 100 },
              "payment": {
                "infeasiblePaths": [ { "path": "ProcessPayment → GatewayDown → (failed)", "reason": "for this test: the gateway never fails" } ],
                "infeasibleTransitions": [
                  { "transition": "ProcessPayment--catch[1]-->GatewayDown", "reason": "for this test: the gateway never fails" },
                  { "transition": "GatewayDown--end-->(failed)", "reason": "for this test: the gateway never fails" }
                ]
              }
            }
            """);

        Assert.Empty(CoverageGate.Evaluate(model, policy));
    }

    [Fact]
    public void ScenarioRan_TwinRun_CountsForTheTwinVariantOnly()
    {
        var session = new CoverageSession();
        var file = EventPro.Specs.Gherkin.Parsing.FeatureFileParser.Parse("features/orders.feature", "@jsonata-twin\nFeature: Orders\n\n  Scenario: One\n    Given x\n\n  Scenario: Two\n    Given y\n");

        session.ScenarioRan(file.Scenarios[0].WithVariant(JsonataTwins.Twin));
        session.ScenarioRan(file.Scenarios[1]);

        Assert.Equal([file.Scenarios[0].Id], session.RanIn("features/orders.feature", JsonataTwins.Twin));
        Assert.Equal([file.Scenarios[1].Id], session.RanIn("features/orders.feature"));
    }
}
