using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Integrations.Http;

namespace EventPro.Specs.Integrations.Tests.Http;

public class HttpTaskRequestTests
{
    [Theory]
    [InlineData("""{ "Method": "GET" }""", "ApiEndpoint")]
    [InlineData("""{ "ApiEndpoint": "/relative", "Method": "GET" }""", "ApiEndpoint")]
    [InlineData("""{ "ApiEndpoint": "https://api.stripe.com/v1", "Method": "FETCH" }""", "Method")]
    [InlineData("""{ "ApiEndpoint": "https://api.stripe.com/v1", "Method": "GET", "Headers": "x" }""", "Headers")]
    [InlineData("""{ "ApiEndpoint": "https://api.stripe.com/v1", "Method": "POST", "RequestBody": {}, "Transform": { "RequestBodyEncoding": "URL_ENCODED", "RequestEncodingOptions": { "ArrayFormat": "X" } } }""", "ArrayFormat")]
    public void From_InvalidParameters_FailsWithStatesRuntimeNamingTheField(string parameters, string field)
    {
        var error = Assert.Throws<StatesException>(() => HttpTaskRequest.From(JsonValue.Parse(parameters)));

        Assert.Equal(StatesErrors.Runtime, error.Error);
        Assert.Contains(field, error.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void Rebase_OntoAnOverrideWithAPath_KeepsThePathAndMergesTheQuery()
    {
        var request = HttpTaskRequest.From(JsonValue.Parse("""
            { "ApiEndpoint": "https://api.stripe.com/v1/refunds?limit=3", "Method": "get", "QueryParameters": { "payment_intent": "pi 1", "expand": ["a", "b"] } }
            """));

        var target = request.Rebase(new Uri("http://127.0.0.1:8080/stripe/"));

        Assert.Equal("http://127.0.0.1:8080/stripe/v1/refunds?limit=3&payment_intent=pi%201&expand=a&expand=b", target.AbsoluteUri);
        Assert.Equal(HttpMethod.Get, request.Method);
    }

    [Fact]
    public void ToMessage_DefinitionHeadersWinOverConnectionHeaders_AndContentTypeGoesToTheBody()
    {
        var request = HttpTaskRequest.From(JsonValue.Parse("""
            { "ApiEndpoint": "https://api.stripe.com/v1/charges", "Method": "POST", "Headers": { "Authorization": "Bearer mine", "Content-Type": "text/plain" }, "RequestBody": "hello" }
            """));

        using var message = request.ToMessage(new Uri("http://127.0.0.1/"), new Dictionary<string, string> { ["Authorization"] = "Bearer connection", ["Stripe-Version"] = "2024-06-20" }, "ua");

        Assert.Equal("Bearer mine", message.Headers.Authorization?.ToString());
        Assert.Equal("2024-06-20", Assert.Single(message.Headers.GetValues("Stripe-Version")));
        Assert.Equal("text/plain", message.Content!.Headers.ContentType!.MediaType);
    }
}
