using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Integrations.MockConfig;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Tests.Integrations.MockConfig;

/// <summary>The benchmark's checkout saga (shared/bench) run with its MockConfigFile.json test cases.</summary>
public class MockConfigBackendCheckoutSagaTests
{
    private static ExecutionResult Run(string testCase)
    {
        var mocks = MockConfigFile.Load(MockConfigFixtures.CheckoutSagaMocks);
        var machine = StateMachine.Load(MockConfigFixtures.CheckoutSagaDefinition);
        var input = JsonValue.Parse(File.ReadAllText(MockConfigFixtures.CheckoutSagaInput));
        var result = new StepFunctionsEngine(MockConfigBackend.ForTestCase(mocks, "checkout-saga", testCase)).Execute(machine, input);
        Assert.Equal("checkout-saga", result.Info.StateMachineName);
        return result;
    }

    [Fact]
    public void HappyPath_PremiumSeat_IssuesTicketAndConfirms()
    {
        var result = Run("HappyPath");

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(["ReserveSeat", "CheckSeatTier", "ApplyPremiumPerks", "ProcessPayment", "GenerateTicket", "SendConfirmation", "CheckoutComplete"], result.Path);
        var output = (JsonObject)result.Output!;
        Assert.Equal(JsonValue.Parse("""{"seatId":"A-12-07","tier":"PREMIUM","price":149.0,"holdExpiresAt":"2025-07-01T12:15:00Z"}"""), output["seat"]);
        Assert.Equal(JsonValue.Parse("""{"loungeAccess":true,"fastTrackEntry":true,"seatId":"A-12-07","tier":"PREMIUM"}"""), output["perks"]);
        Assert.Equal(JsonValue.Parse("""{"chargeId":"ch_7f3c2a91","status":"captured","amount":149.0}"""), output["payment"]);
        Assert.Equal(JsonValue.Parse("""{"ticketId":"tkt_A-12-07","barcode":"EP-7f3c2a91-A-12-07"}"""), output["ticket"]);
        Assert.Equal(JsonValue.Parse("""{"messageId":"msg_tkt_A-12-07"}"""), output["confirmation"]);
        Assert.Equal("ord-7f3c2a91-5b6e-4d0f-9a1c-2e8b7d6c5a40", ((JsonString)output["orderId"]).Value);
    }

    [Fact]
    public void PaymentDeclined_CaughtDecline_ReleasesSeatAndFails()
    {
        var result = Run("PaymentDeclined");

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("CheckoutFailed", result.Error);
        Assert.Equal("Payment or ticket issuance failed; seat released", result.Cause);
        Assert.Equal(["ReserveSeat", "CheckSeatTier", "ApplyPremiumPerks", "ProcessPayment", "ReleaseSeat", "PaymentFailed"], result.Path);
        // The decline is not in ProcessPayment's Retry (PaymentGatewayTimeout only): one attempt, then the States.ALL catcher.
        var failed = Assert.Single(result.Events, e => e.Type == HistoryEventType.TaskFailed);
        Assert.Equal(("PaymentDeclined", "Your card was declined."), (failed.Error, failed.Cause));
        var release = result.Events.Single(e => e.Type == HistoryEventType.TaskStateExited && e.Name == "ReleaseSeat");
        var releaseOutput = (JsonObject)release.Output!;
        Assert.Equal(JsonValue.Parse("""{"Error":"PaymentDeclined","Cause":"Your card was declined."}"""), releaseOutput["error"]);
        Assert.Equal(JsonValue.Parse("""{"released":true}"""), releaseOutput["release"]);
        Assert.DoesNotContain(result.Events, e => e.Type == HistoryEventType.TaskStateEntered && e.Name == "GenerateTicket");
    }
}
