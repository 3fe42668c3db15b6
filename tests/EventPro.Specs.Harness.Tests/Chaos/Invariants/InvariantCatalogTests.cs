using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.Chaos;
using EventPro.Specs.Harness.Chaos.Invariants;
using EventPro.Specs.Harness.Fakes;

namespace EventPro.Specs.Harness.Tests.Chaos.Invariants;

public class InvariantCatalogTests
{
    private static readonly WorkflowFakes Checkout = WorkflowFakesRegistry.Get("eventpro-checkout");

    [Fact]
    public void Parse_EveryPhrase_GivesItsInvariant()
    {
        Assert.IsType<ExecutionEndsInvariant>(InvariantCatalog.Parse("the execution ends within its time limit", null));
        var compensation = Assert.IsType<CompensationInvariant>(InvariantCatalog.Parse("every completed \"A\" was compensated by \"B\" or \"C\"", null));
        Assert.Equal(["B", "C"], compensation.Compensations);
        Assert.Equal("every step ran at most once unless retried, except \"X, Y\"", InvariantCatalog.Parse("every step ran at most once unless retried, except \"Y, X\"", null).Name);
        Assert.IsType<DomainRulesInvariant>(InvariantCatalog.Parse("the domain invariants hold", Checkout));
        var rule = Assert.IsType<DomainRuleInvariant>(InvariantCatalog.Parse("No seat was sold twice", Checkout));
        Assert.Equal("the fakes show that no seat was sold twice", rule.ScenarioStep);
    }

    [Fact]
    public void Parse_UnknownPhrase_ThrowsListingThePhrases()
    {
        var error = Assert.Throws<ArgumentException>(() => InvariantCatalog.Parse("nothing bad happens", Checkout));

        Assert.Contains("the execution ends within its time limit", error.Message, StringComparison.Ordinal);
        Assert.Contains("no seat was sold twice", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => InvariantCatalog.Parse("the domain invariants hold", null));
    }

    [Fact]
    public void AtMostOnce_AStateEnteredTwice_Breaks_UnlessExcepted()
    {
        var loop = StateMachine.Parse("""
            {
              "StartAt": "Poll",
              "States": {
                "Poll": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Done?" },
                "Done?": { "Type": "Choice", "Choices": [{ "Variable": "$.done", "BooleanEquals": true, "Next": "End" }], "Default": "Poll" },
                "End": { "Type": "Succeed" }
              }
            }
            """);
        var calls = 0;
        var backend = new InProcessTaskBackend().ForState("Poll", _ => JsonObject.Of(("done", ++calls > 1)));
        var result = new StepFunctionsEngine(backend).Execute(loop, JsonObject.Empty);
        var execution = new ChaosExecution(0, 0, JsonObject.Empty, [], new Dictionary<string, int>(), result, null);

        Assert.Contains("'Poll' ran twice", new AtMostOnceInvariant().Check(execution), StringComparison.Ordinal);
        Assert.Null(new AtMostOnceInvariant(["Poll"]).Check(execution));
    }

    [Fact]
    public void ExecutionEnds_TimedOutOrTooLong_Breaks()
    {
        var slow = StateMachine.Parse("""{ "StartAt": "W", "TimeoutSeconds": 5, "States": { "W": { "Type": "Wait", "Seconds": 10, "End": true } } }""");
        var wait = StateMachine.Parse("""{ "StartAt": "W", "States": { "W": { "Type": "Wait", "Seconds": 10, "End": true } } }""");
        ChaosExecution Run(StateMachine m) => new(0, 0, JsonObject.Empty, [], new Dictionary<string, int>(), new StepFunctionsEngine().Execute(m, JsonObject.Empty), null);

        Assert.Contains("TIMED_OUT", new ExecutionEndsInvariant().Check(Run(slow)), StringComparison.Ordinal);
        Assert.Null(new ExecutionEndsInvariant().Check(Run(wait)));
        Assert.Contains("more than 5 s", new ExecutionEndsInvariant(TimeSpan.FromSeconds(5)).Check(Run(wait)), StringComparison.Ordinal);
    }
}
