using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Gherkin;
using EventPro.Specs.Harness.Definitions;
using EventPro.Specs.Harness.Fakers;
using EventPro.Specs.Harness.Fakes;

namespace EventPro.Specs.Harness.Tests.Fakes.Workflows;

/// <summary>Each example workflow, answered by its fakes alone, runs the generated inputs to an end that keeps every business rule.</summary>
public class WorkflowFakesTests
{
    public static TheoryData<string, string> Workflows => new()
    {
        { "eventpro-checkout", "checkout" },
        { "order-saga", "order" },
        { "order-processing", "order-processing" },
        { "service-request", "service-request" },
        { "daily-analysis", "daily-analysis" },
        { "upload-processor", "upload" },
    };

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Execute_GeneratedInputs_EndAndKeepEveryRule(string workflow, string faker)
    {
        var machine = Load(workflow);
        var fakes = WorkflowFakesRegistry.Get(workflow);
        var statuses = new HashSet<ExecutionStatus>();
        for (var seed = 0; seed < 60; seed++)
        {
            var world = fakes.CreateWorld();
            var result = new StepFunctionsEngine(fakes.CreateBackend(world)).Execute(machine, FakerRegistry.Generate(faker, seed));

            Assert.True(result.Status is ExecutionStatus.Succeeded or ExecutionStatus.Failed, $"{workflow} seed {seed}: {result.StatusName} {result.Error} {result.Cause}");
            Assert.NotEqual("States.Runtime", result.Error);
            foreach (var rule in fakes.Invariants)
            {
                Assert.Null(rule.Check(world, result));
            }

            statuses.Add(result.Status);
        }

        Assert.Contains(ExecutionStatus.Succeeded, statuses);
    }

    [Fact]
    public void Checkout_HappyPath_ChargesIssuesTheTicketSellsTheSeatAndConfirms()
    {
        var fakes = WorkflowFakesRegistry.Get("eventpro-checkout");
        var world = fakes.CreateWorld();
        var input = JsonValue.Parse("""{ "orderId": "ord-1", "eventId": "evt-1", "seatId": "A-1", "amount": 14900, "currency": "gbp", "paymentToken": "pm_card_visa", "email": "a@example.com" }""");

        var result = new StepFunctionsEngine(fakes.CreateBackend(world)).Execute(Load("eventpro-checkout"), input);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        var charge = Assert.Single(world.Payments.Charges);
        Assert.Equal("ord-1-charge", charge.IdempotencyKey);
        Assert.Equal(charge.PaymentId, ((JsonString)((JsonObject)((JsonObject)result.Output!)["payment"])["paymentId"]).Value);
        Assert.Equal("tickets/ord-1.pdf", Assert.Single(world.Tickets.Tickets).Key);
        Assert.Equal("ord-1", Assert.Single(world.Seats.Sales).OrderId);
        Assert.Single(world.Outbox.Messages);
    }

    [Fact]
    public void Checkout_DecliningCard_ReleasesTheSeatWithoutCharging()
    {
        var fakes = WorkflowFakesRegistry.Get("eventpro-checkout");
        var world = fakes.CreateWorld();
        var input = JsonValue.Parse("""{ "orderId": "ord-2", "eventId": "evt-1", "seatId": "A-1", "amount": 100, "currency": "gbp", "paymentToken": "pm_card_chargeDeclined", "email": "a@example.com" }""");

        var result = new StepFunctionsEngine(fakes.CreateBackend(world)).Execute(Load("eventpro-checkout"), input);

        Assert.Equal("PaymentFailed", result.Error);
        Assert.Empty(world.Payments.Charges);
        Assert.Empty(world.Seats.ActiveHolds(result.StopDate));
        Assert.Contains("States.Http.StatusCode.402", result.Events.Select(e => e.Error));
    }

    [Fact]
    public void CheckoutRules_ABrokenWorld_IsReported()
    {
        var fakes = WorkflowFakesRegistry.Get("eventpro-checkout");
        var world = fakes.CreateWorld();
        var t0 = StepFunctionsEngine.DefaultStartTime;
        world.Seats.TryHold("evt", "A-1", "ord-1", t0);
        world.Payments.Charge("ord-1-charge", "ord-1", "pm_card_visa", 100, "gbp", t0);
        world.Payments.Charge("ord-1-charge-again", "ord-1", "pm_card_visa", 100, "gbp", t0);
        var failed = new StepFunctionsEngine().Execute(StateMachine.Parse("""{"StartAt":"F","States":{"F":{"Type":"Fail","Error":"X"}}}"""), JsonObject.Empty);

        Assert.Contains("no ticket and no refund", fakes.Invariant("no card was charged without a ticket or a refund").Check(world, failed), StringComparison.Ordinal);
        Assert.Contains("charged 2 times", fakes.Invariant("no card was charged twice").Check(world, failed), StringComparison.Ordinal);
        Assert.Contains("still holds the seat evt/A-1", fakes.Invariant("a failed order holds no seat").Check(world, failed), StringComparison.Ordinal);
        world.Seats.Sell("ord-1", t0.AddMinutes(11));
        Assert.Contains("hold had lapsed", fakes.Invariant("no seat was sold twice").Check(world, failed), StringComparison.Ordinal);
    }

    [Fact]
    public void Invariant_UnknownName_ThrowsNamingTheRules()
    {
        var error = Assert.Throws<ArgumentException>(() => WorkflowFakesRegistry.Get("eventpro-checkout").Invariant("no seat was lost"));

        Assert.Contains("no seat was sold twice", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => WorkflowFakesRegistry.Get("nothing"));
    }

    private static StateMachine Load(string workflow)
    {
        var path = DefinitionFiles.Resolve(workflow, RepositoryRoot.Find(null));
        return StateMachine.Parse(File.ReadAllText(path), path);
    }
}
