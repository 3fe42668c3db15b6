using EventPro.Specs.Gherkin;
using EventPro.Specs.Harness.Drivers;
using EventPro.Specs.Harness.WireMock;
using EventPro.Specs.Harness.Remote;

namespace EventPro.Specs.Harness.Steps;

/// <summary>Steps about the Stripe API as WireMock fakes it (<c>mocks/wiremock/mappings/stripe</c>, bodies in <c>__files/stripe</c>).</summary>
/// <param name="fakes">The scenario's HTTP fakes.</param>
[Binding]
public sealed class StripeSteps(HttpFakesDriver fakes)
{
    private static readonly WireMockRequest PaymentIntents = WireMockRequest.Create().UsingPost().WithPath("/v1/payment_intents");
    private static readonly WireMockRequest Refunds = WireMockRequest.Create().UsingPost().WithPath("/v1/refunds");

    /// <summary><c>Given Stripe declines the card</c>: creating a payment intent answers 402 <c>card_declined</c>, as Stripe does.</summary>
    [Given("Stripe declines the card")]
    public Task GivenStripeDeclinesTheCard() => fakes.StubAsync(
        WireMockStub.Given(PaymentIntents).WithPriority(1).RespondWith(StripeError(402, "stripe/card_declined.json")));

    /// <summary><c>Given Stripe answers 429 2 times then succeeds</c>: rate limited, then the payment intent succeeds.</summary>
    [Given("Stripe answers 429 {int} time(s) then succeeds")]
    public Task GivenStripeRateLimits(int times) => fakes.StubFailsThenSucceedsAsync(
        PaymentIntents,
        times,
        StripeError(429, "stripe/rate_limit.json"),
        WireMockResponse.Create().WithHeader("Content-Type", "application/json").WithBodyFile("stripe/payment_intent_succeeded.json"));

    /// <summary><c>Then Stripe received 1 payment intent and 0 refunds</c>: counts the create calls (retries included).</summary>
    [Then("Stripe received {int} payment intent(s) and {int} refund(s)")]
    public async Task ThenStripeReceived(int paymentIntents, int refunds)
    {
        RemoteMode.SkipIfRemote("WireMock's request log is checked, and the endpoint does not call WireMock (its answers are replayed).");
        var intents = await fakes.CountAsync(PaymentIntents).ConfigureAwait(false);
        var refunded = await fakes.CountAsync(Refunds).ConfigureAwait(false);
        if ((intents, refunded) != (paymentIntents, refunds))
        {
            throw new StepAssertionException($"Expected Stripe to receive {paymentIntents} payment intent(s) and {refunds} refund(s), but it received {intents} and {refunded}.");
        }
    }

    private static WireMockResponse StripeError(int status, string bodyFile) =>
        WireMockResponse.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithHeader("Request-Id", "req_fakeEventProError").WithBodyFile(bodyFile);
}
