using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.Chaos;
using EventPro.Specs.Harness.Chaos.Shrinking;

namespace EventPro.Specs.Harness.Tests.Chaos.Shrinking;

public class ReproducerWriterTests
{
    private static readonly FaultInjection Fail = new FaultInjection.Fail("Lambda.ServiceException", null);

    [Fact]
    public void FaultSteps_EveryCallFailingAlike_IsFailsWith()
    {
        var steps = ReproducerWriter.FaultSteps([new("Pay", 0, Fail), new("Pay", 1, Fail)], new Dictionary<string, int> { ["Pay"] = 2 });

        Assert.Equal(["the task \"Pay\" fails with \"Lambda.ServiceException\""], steps);
    }

    [Fact]
    public void FaultSteps_TheFirstCallsOnly_IsFailsNTimes()
    {
        var steps = ReproducerWriter.FaultSteps([new("Pay", 0, new FaultInjection.Fail("E", "a \"cause\""))], new Dictionary<string, int> { ["Pay"] = 3 });

        Assert.Equal(["the task \"Pay\" fails 1 time with \"E\" and cause \"a \\\"cause\\\"\""], steps);
    }

    [Fact]
    public void FaultSteps_OtherCallsAndKinds_ArePerCall()
    {
        var steps = ReproducerWriter.FaultSteps(
            [new("Pay", 1, Fail), new("Ticket", 0, new FaultInjection.Slow(TimeSpan.FromSeconds(31))), new("Ticket", 2, new FaultInjection.Answer(JsonValue.Parse("{\"ETag\":null}")))],
            new Dictionary<string, int> { ["Pay"] = 2, ["Ticket"] = 3 });

        Assert.Equal(
            [
                "call 2 of the task \"Pay\" fails with \"Lambda.ServiceException\"",
                "call 1 of the task \"Ticket\" takes 31 seconds",
                "call 3 of the task \"Ticket\" returns {\"ETag\":null}",
            ],
            steps);
    }

    [Fact]
    public void FaultSteps_EveryCallSlowOrAnsweringAlike_IsOneStep()
    {
        var calls = new Dictionary<string, int> { ["A"] = 1, ["B"] = 1 };

        Assert.Equal(
            ["the task \"A\" takes 1 second", "the task \"B\" returns {}"],
            ReproducerWriter.FaultSteps([new("A", 0, new FaultInjection.Slow(TimeSpan.FromSeconds(1))), new("B", 0, new FaultInjection.Answer(JsonObject.Empty))], calls));
    }

    [Fact]
    public void FaultSteps_TransportFault_IsACommentForTheWireMockSteps()
    {
        var transport = new FaultInjection.Transport(new TransportFault(503, null, null), () => throw new InvalidOperationException());

        var step = Assert.Single(ReproducerWriter.FaultSteps([new("Pay", 1, transport)], new Dictionary<string, int> { ["Pay"] = 2 }));

        Assert.Equal("# call 2 of the task \"Pay\": the real HTTP fake answers HTTP 503 (no step pins a transport fault to one call; stub it with the WireMock steps)", step);
    }

    [Fact]
    public void Quote_EscapesBackslashesAndQuotes() => Assert.Equal("\"a\\\\b\\\"c\"", ReproducerWriter.Quote("a\\b\"c"));
}

public class ReproducerWriterScenarioTests
{
    [Fact]
    public void Write_ATemplatedDefinition_RepeatsItsValuesTheInputTheFakesAndTheSeed()
    {
        var root = EventPro.Specs.Gherkin.RepositoryRoot.Find(null);
        var values = new Dictionary<string, string> { ["sns_alerts_topic_arn"] = "arn:aws:sns:eu-west-1:123456789012:alerts" };
        var campaign = new ChaosCampaign
        {
            Machine = EventPro.Specs.Engine.StateMachine.Load(Path.Combine(root, "definitions", "daily-analysis.asl.json")),
            Definition = "daily-analysis",
            TemplateValues = values,
            Executions = 1,
            Inputs = ChaosInputs.FromFaker("daily-analysis"),
            Fakes = EventPro.Specs.Harness.Fakes.WorkflowFakesRegistry.Get("daily-analysis"),
        };
        var execution = ChaosCampaignRunner.RunOne(campaign, 0);
        var invariant = new EventPro.Specs.Harness.Chaos.Invariants.AtMostOnceInvariant();
        var violation = new EventPro.Specs.Harness.Chaos.Invariants.InvariantViolation(invariant, execution, "made up");

        var text = ReproducerWriter.Write(campaign, violation, [new ScheduledFault("CombineInsights", 0, new FaultInjection.Fail("Lambda.Unknown", null))], execution);

        Assert.Contains("Given the state machine \"daily-analysis\" with the values:", text, StringComparison.Ordinal);
        Assert.Contains("| sns_alerts_topic_arn | arn:aws:sns:eu-west-1:123456789012:alerts |", text, StringComparison.Ordinal);
        Assert.Contains(((EventPro.Specs.Engine.Json.JsonString)((EventPro.Specs.Engine.Json.JsonObject)execution.Input)["date"]).Value, text, StringComparison.Ordinal);
        Assert.Contains("And the \"daily-analysis\" fakes answer the tasks", text, StringComparison.Ordinal);
        Assert.Contains($"When the execution runs with seed {execution.Seed}", text, StringComparison.Ordinal);
        Assert.EndsWith("Then every step ran at most once unless retried" + Environment.NewLine, text, StringComparison.Ordinal);
        Assert.Empty(EventPro.Specs.Gherkin.Parsing.FeatureFileParser.Parse("features/r.feature", text).Errors);
    }
}
