namespace EventPro.Specs.Harness.WireMock;

/// <summary>Adds a scope's <see cref="WireMockScope.HeaderName"/> header to every request it sends on.</summary>
public sealed class WireMockScopeHeaderHandler : DelegatingHandler
{
    private readonly string _scopeId;

    /// <summary>Creates the handler for one scope.</summary>
    /// <param name="scopeId">The scope's id (<see cref="WireMockScope.Id"/>).</param>
    /// <param name="innerHandler">The handler that sends.</param>
    public WireMockScopeHeaderHandler(string scopeId, HttpMessageHandler innerHandler)
        : base(innerHandler)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scopeId);
        _scopeId = scopeId;
    }

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove(WireMockScope.HeaderName);
        request.Headers.TryAddWithoutValidation(WireMockScope.HeaderName, _scopeId);
        return base.SendAsync(request, cancellationToken);
    }
}
