using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Gherkin;
using EventPro.Specs.Harness.Chaos;
using EventPro.Specs.Harness.Chaos.Strategies;
using EventPro.Specs.Harness.Fakes;

namespace EventPro.Specs.Harness.Tests.Chaos;

/// <summary>Campaigns over the repository's checkout definition and the deliberately broken fixture.</summary>
internal static class ChaosTestCampaigns
{
    public const string BrokenCheckout = "tests/EventPro.Specs.Harness.Tests/Chaos/Fixtures/eventpro-checkout-broken.asl.json";

    public static string Root => RepositoryRoot.Find(null);

    public static WorkflowFakes CheckoutFakes => WorkflowFakesRegistry.Get("eventpro-checkout");

    public static IReadOnlyList<ChaosStrategy> CheckoutFaults =>
    [
        FaultSpec.Parse("ReserveSeat", "fails with \"DynamoDB.ProvisionedThroughputExceededException\"", "0.1"),
        FaultSpec.Parse("ProcessPayment", "is throttled 2 times with \"States.Http.StatusCode.429\"", "0.15"),
        FaultSpec.Parse("ProcessPayment", "fails with \"States.Http.Socket\" and cause \"Read timed out\"", "0.1"),
        FaultSpec.Parse("ProcessPayment", "fails with \"PaymentGatewayTimeout\" and cause \"The gateway did not answer in 30 s\"", "0.05", "1"),
        FaultSpec.Parse("GenerateTicket", "times out", "0.05"),
        FaultSpec.Parse("SendConfirmation", "fails with \"SNS.ThrottledException\"", "0.1"),
        FaultSpec.Parse("ReleaseSeat", "fails with \"DynamoDB.InternalServerErrorException\"", "0.2", "1-2"),
    ];

    /// <summary>The order of checkout.feature: a card that is charged.</summary>
    public static JsonValue GoodOrder => JsonValue.Parse("""
        { "orderId": "ord-1001", "eventId": "evt-summer-gala", "seatId": "A-12", "amount": 14900, "currency": "gbp", "paymentToken": "pm_card_visa", "email": "ada@example.com" }
        """);

    public static ChaosCampaign Checkout(string definition = "eventpro-checkout", int executions = 200, int seed = 42) => new()
    {
        Machine = StateMachine.Load(Path.Combine(Root, definition.EndsWith(".json", StringComparison.Ordinal) ? definition : $"definitions/{definition}.asl.json")),
        Definition = definition,
        Executions = executions,
        Seed = seed,
        Inputs = ChaosInputs.FromFaker("checkout"),
        Fakes = CheckoutFakes,
        Strategies = CheckoutFaults,
    };
}
