using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.WireMock;
using static EventPro.Specs.Integrations.Tests.FakeEndpoints;

namespace EventPro.Specs.Integrations.Tests.Http;

/// <summary>HTTP Tasks (Stripe's API) against the real WireMock.</summary>
public class HttpTaskBackendTests
{
    private const string Connection = "arn:aws:events:us-east-1:123456789012:connection/stripe/0c1e0000-0000-4000-8000-000000000001";

    private static readonly string CreatePaymentIntent = OneTask("arn:aws:states:::http:invoke", $$"""
        {
          "ApiEndpoint": "https://api.stripe.com/v1/payment_intents",
          "Method": "POST",
          "Authentication": { "ConnectionArn": "{{Connection}}" },
          "Headers": { "Idempotency-Key.$": "States.Format('{}-charge', $.orderId)" },
          "RequestBody": { "amount.$": "$.amount", "currency": "gbp", "confirm": true, "metadata": { "orderId.$": "$.orderId" } },
          "Transform": { "RequestBodyEncoding": "URL_ENCODED" }
        }
        """);

    private static Task<FakeEndpoints> StripeAsync(string label) => StartAsync(label, overrides => overrides with
    {
        HttpDefault = null,
        HttpHosts = new Dictionary<string, Uri>(StringComparer.OrdinalIgnoreCase) { ["api.stripe.com"] = overrides.HttpDefault! },
        Connections = new Dictionary<string, IReadOnlyDictionary<string, string>> { [Connection] = new Dictionary<string, string> { ["Authorization"] = "Bearer sk_test_fake" } },
    });

    [Fact]
    public async Task InvokeAsync_FormEncodedPost_SendsStripesFieldsAndReturnsTheResponseShape()
    {
        await using var fakes = await StripeAsync("http-stripe");
        await fakes.StubAsync(
            WireMockRequest.Create().UsingPost().WithPath("/v1/payment_intents")
                .WithFormParameter("amount", "14900").WithFormParameter("metadata[orderId]", "ord-1").WithFormParameter("confirm", "true"),
            WireMockResponse.Create().WithJsonBody("""{"id":"pi_1","object":"payment_intent","status":"succeeded"}""").WithHeader("Request-Id", "req_1"));

        var result = fakes.Run(CreatePaymentIntent, """{"orderId":"ord-1","amount":14900}""");

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        var output = Assert.IsType<JsonObject>(result.Output);
        Assert.Equal(["Headers", "ResponseBody", "StatusCode", "StatusText"], output.Keys);
        Assert.Equal("""{"id":"pi_1","object":"payment_intent","status":"succeeded"}""", output["ResponseBody"].ToJson());
        Assert.Equal(200, ((JsonNumber)output["StatusCode"]).Value);
        Assert.Equal("OK", ((JsonString)output["StatusText"]).Value);
        Assert.Equal("""["req_1"]""", ((JsonObject)output["Headers"])["Request-Id"].ToJson());
        var scheduled = Single(result, HistoryEventType.TaskScheduled);
        Assert.Equal(("http", "invoke"), (scheduled.ResourceType, scheduled.Resource));

        var sent = Assert.Single(await fakes.Scope.GetRequestsAsync(Cancel));
        Assert.Equal("amount=14900&currency=gbp&confirm=true&metadata%5BorderId%5D=ord-1", sent.Body);
        Assert.StartsWith("application/x-www-form-urlencoded", sent.GetHeader("Content-Type"), StringComparison.Ordinal);
        Assert.Equal("ord-1-charge", sent.GetHeader("Idempotency-Key"));
        Assert.Equal("Bearer sk_test_fake", sent.GetHeader("Authorization"));
        Assert.Equal("Amazon|StepFunctions|HttpInvoke|us-east-1", sent.GetHeader("User-Agent"));
    }

    [Fact]
    public async Task InvokeAsync_CardDeclined402_FailsWithTheStatusCodeErrorAndTheResponseAsCause()
    {
        await using var fakes = await StripeAsync("http-declined");
        await fakes.StubAsync(
            WireMockRequest.Create().UsingPost().WithPath("/v1/payment_intents"),
            WireMockResponse.Create().WithStatusCode(402).WithJsonBody("""{"error":{"code":"card_declined","decline_code":"generic_decline","type":"card_error"}}"""));

        var result = fakes.Run(CreatePaymentIntent, """{"orderId":"ord-1","amount":14900}""");

        Assert.Equal("States.Http.StatusCode.402", result.Error);
        var cause = Assert.IsType<JsonObject>(JsonValue.Parse(result.Cause!));
        Assert.Equal("card_declined", ((JsonString)((JsonObject)((JsonObject)cause["ResponseBody"])["error"])["code"]).Value);
        Assert.Equal(402, ((JsonNumber)cause["StatusCode"]).Value);
        Assert.Equal("Payment Required", ((JsonString)cause["StatusText"]).Value);
        Assert.Equal("States.Http.StatusCode.402", Single(result, HistoryEventType.TaskFailed).Error);
    }

    [Fact]
    public async Task InvokeAsync_GetWithQueryParameters_AppendsThemAndKeepsATextBodyAsText()
    {
        await using var fakes = await StripeAsync("http-query");
        await fakes.StubAsync(
            WireMockRequest.Create().UsingGet().WithPath("/v1/refunds").WithQueryParameter("limit", "3").WithQueryParameter("payment_intent", "pi_1"),
            WireMockResponse.Create().WithBody("three refunds").WithHeader("Content-Type", "text/plain"));

        var result = fakes.Run(OneTask("arn:aws:states:::http:invoke", """
            { "ApiEndpoint": "https://api.stripe.com/v1/refunds?limit=3", "Method": "GET", "QueryParameters": { "payment_intent": "pi_1" } }
            """));

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("\"three refunds\"", ((JsonObject)result.Output!)["ResponseBody"].ToJson());
    }

    [Fact]
    public async Task InvokeAsync_HostWithoutOverride_IsLeftUnansweredAndNothingIsSent()
    {
        await using var fakes = await StripeAsync("http-unknown-host");

        var result = fakes.Run(OneTask("arn:aws:states:::http:invoke", """{ "ApiEndpoint": "https://api.example.com/v1/things", "Method": "GET" }"""));

        Assert.Equal("States.Runtime", result.Error);
        Assert.Contains("No task backend answered", result.Cause, StringComparison.Ordinal);
        Assert.Empty(await fakes.Scope.GetRequestsAsync(Cancel));
    }

    [Fact]
    public async Task InvokeAsync_SlowerThanTheRequestTimeout_FailsWithHttpSocket()
    {
        await using var fakes = await StartAsync("http-timeout", overrides => overrides with { RequestTimeout = TimeSpan.FromMilliseconds(300) });
        await fakes.StubAsync(
            WireMockRequest.Create().UsingGet().WithPath("/v1/balance"),
            WireMockResponse.Create().WithJsonBody("{}").WithFixedDelay(TimeSpan.FromMilliseconds(3000)));

        var result = fakes.Run(OneTask("arn:aws:states:::http:invoke", """{ "ApiEndpoint": "https://api.stripe.com/v1/balance", "Method": "GET" }"""));

        Assert.Equal(("States.Http.Socket", "Read timed out"), (result.Error, result.Cause));
    }

    [Fact]
    public async Task InvokeAsync_ResetConnection_FailsWithHttpSocket()
    {
        await using var fakes = await StartAsync("http-reset");
        await fakes.StubAsync(WireMockRequest.Create().UsingGet().WithPath("/v1/balance"), WireMockResponse.Create().WithFault(WireMockFault.ConnectionResetByPeer));

        var result = fakes.Run(OneTask("arn:aws:states:::http:invoke", """{ "ApiEndpoint": "https://api.stripe.com/v1/balance", "Method": "GET" }"""));

        Assert.Equal(("States.Http.Socket", "Connection reset"), (result.Error, result.Cause));
    }

    [Fact]
    public async Task InvokeAsync_JsonBody_IsSentAsJson()
    {
        await using var fakes = await StartAsync("http-json");
        await fakes.StubAsync(
            WireMockRequest.Create().UsingPut().WithPath("/orders/ord-1").WithBodyEqualToJson("""{"status":"PAID","lines":[1,2]}"""),
            WireMockResponse.Create().WithStatusCode(204));

        var result = fakes.Run(OneTask("arn:aws:states:::http:invoke", """
            { "ApiEndpoint": "https://orders.internal/orders/ord-1", "Method": "PUT", "RequestBody": { "status": "PAID", "lines": [1, 2] } }
            """));

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(204, ((JsonNumber)((JsonObject)result.Output!)["StatusCode"]).Value);
        var sent = Assert.Single(await fakes.Scope.GetRequestsAsync(Cancel));
        Assert.StartsWith("application/json", sent.GetHeader("Content-Type"), StringComparison.Ordinal);
        Assert.Equal(JsonValue.Parse("""{"status":"PAID","lines":[1,2]}"""), JsonValue.Parse(sent.Body));
    }
}
