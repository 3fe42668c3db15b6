using EventPro.Specs.Harness.WireMock;

namespace EventPro.Specs.Harness.Tests.WireMock;

public class WireMockDiagnosticHeadersHandlerTests
{
    [Fact]
    public async Task SendAsync_ResponseWithMatchedStubHeaders_RemovesOnlyThose()
    {
        using var invoker = new HttpMessageInvoker(new WireMockDiagnosticHeadersHandler(new Answer()));
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/");

        using var response = await invoker.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.False(response.Headers.Contains("Matched-Stub-Id"));
        Assert.False(response.Headers.Contains("Matched-Stub-Name"));
        Assert.Equal("req-1", Assert.Single(response.Headers.GetValues("x-amzn-RequestId")));
    }

    private sealed class Answer : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = new HttpResponseMessage(System.Net.HttpStatusCode.OK);
            response.Headers.TryAddWithoutValidation("Matched-Stub-Id", "0b5e5c8e-0000-4000-8000-000000000000");
            response.Headers.TryAddWithoutValidation("Matched-Stub-Name", "Lambda: Invoke");
            response.Headers.TryAddWithoutValidation("x-amzn-RequestId", "req-1");
            return Task.FromResult(response);
        }
    }
}
