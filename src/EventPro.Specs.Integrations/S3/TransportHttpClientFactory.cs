using Amazon.Runtime;
using EventPro.Specs.Integrations.Transport;

namespace EventPro.Specs.Integrations.S3;

/// <summary>
/// Hands the AWS SDK the integrations' own HTTP client, so S3 calls go through the same handler
/// chain (e.g. a WireMock scope's header handler) as every other real-call backend.
/// </summary>
internal sealed class TransportHttpClientFactory(IntegrationTransport transport) : HttpClientFactory
{
    /// <inheritdoc />
    public override HttpClient CreateHttpClient(IClientConfig clientConfig) => transport.Client;

    /// <inheritdoc />
    public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;

    /// <inheritdoc />
    public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => false;
}
