namespace EventPro.Specs.Integrations.Transport;

/// <summary>
/// The HTTP client every real-call backend sends through: a socket handler, wrapped by
/// <see cref="EndpointOverrides.WrapHandler"/>, with <see cref="EndpointOverrides.RequestTimeout"/>.
/// No automatic redirects or decompression: AWS's clients show what the server answered.
/// </summary>
public sealed class IntegrationTransport : IDisposable
{
    /// <summary>Creates the transport for <paramref name="overrides"/>.</summary>
    public IntegrationTransport(EndpointOverrides overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        Overrides = overrides;
        var sockets = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, PooledConnectionLifetime = TimeSpan.FromMinutes(2) };
        Handler = overrides.WrapHandler?.Invoke(sockets) ?? sockets;
        Client = new HttpClient(Handler, disposeHandler: true) { Timeout = overrides.RequestTimeout };
    }

    /// <summary>The settings this transport was made with.</summary>
    public EndpointOverrides Overrides { get; }

    /// <summary>The handler requests go through (the wrapped socket handler).</summary>
    public HttpMessageHandler Handler { get; }

    /// <summary>The client.</summary>
    public HttpClient Client { get; }

    /// <summary>
    /// Sends and reads the whole body. A transport failure (refused, reset, empty or broken
    /// response, timeout) comes back as <see cref="TransportResult.Failure"/> rather than an exception.
    /// </summary>
    public async Task<TransportResult> SendAsync(HttpRequestMessage request, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            using var response = await Client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellation);
            var body = await response.Content.ReadAsByteArrayAsync(cancellation);
            return TransportResult.Answered(ReceivedResponse.From(response, body));
        }
        catch (HttpRequestException e)
        {
            return TransportResult.Failed(TransportFailure.From(e));
        }
        catch (TaskCanceledException e) when (!cancellation.IsCancellationRequested)
        {
            // HttpClient.Timeout: AWS's clients report a read that took too long as a timeout of the socket.
            return TransportResult.Failed(new TransportFailure(TransportFailureKind.Timeout, "Read timed out", e));
        }
        catch (IOException e)
        {
            return TransportResult.Failed(TransportFailure.From(e));
        }
    }

    /// <inheritdoc />
    public void Dispose() => Client.Dispose();
}
