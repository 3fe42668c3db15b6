namespace EventPro.Specs.Harness.WireMock;

/// <summary>
/// Drops the headers WireMock adds to every answer about itself (<c>Matched-Stub-Id</c>,
/// <c>Matched-Stub-Name</c>): they belong to the fake, not to the service it stands for, and a
/// stub id that changes every run would make task results (SdkHttpMetadata, HTTP Task Headers) unstable.
/// </summary>
public sealed class WireMockDiagnosticHeadersHandler : DelegatingHandler
{
    /// <summary>The headers removed.</summary>
    public static readonly IReadOnlyList<string> HeaderNames = ["Matched-Stub-Id", "Matched-Stub-Name"];

    /// <summary>Creates the handler in front of <paramref name="innerHandler"/>.</summary>
    public WireMockDiagnosticHeadersHandler(HttpMessageHandler innerHandler)
        : base(innerHandler)
    {
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        foreach (var name in HeaderNames)
        {
            response.Headers.Remove(name);
        }

        return response;
    }
}
