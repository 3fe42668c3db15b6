using EventPro.Specs.Harness.WireMock;

namespace EventPro.Specs.Harness.Tests.WireMock;

public class WireMockScopeHeaderHandlerTests
{
    [Fact]
    public async Task SendAsync_RequestWithAnotherScopeHeader_SendsOnlyItsOwn()
    {
        var inner = new RecordingHandler();
        using var client = new HttpClient(new WireMockScopeHeaderHandler("mine", inner));
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1:1/x");
        request.Headers.Add(WireMockScope.HeaderName, "someone-else");

        using var _ = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(["mine"], inner.ScopeHeaderValues);
    }

    /// <summary>Records what reached the network side instead of sending it.</summary>
    private sealed class RecordingHandler : HttpMessageHandler
    {
        public IReadOnlyList<string> ScopeHeaderValues { get; private set; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            ScopeHeaderValues = request.Headers.GetValues(WireMockScope.HeaderName).ToArray();
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.NoContent));
        }
    }
}
