namespace EventPro.Specs.Harness.WireMock;

/// <summary>
/// The one WireMock server of a test run, started on first use and shared by every scenario (each
/// in its own <see cref="WireMockScope"/>). It stops when the process ends (<see cref="WireMockProcess"/>
/// kills java on <c>ProcessExit</c>, and its guard does so even when the process is killed).
/// </summary>
public static class WireMockSharedServer
{
    private static readonly Lock Gate = new();
    private static Task<WireMockProcess>? _server;

    /// <summary>
    /// The shared server, starting it on the first call. A failed start is remembered, so a
    /// missing Java fails every scenario at once with the same message instead of retrying each time;
    /// a server that has died since is started again.
    /// </summary>
    /// <param name="cancellationToken">Stops this caller's wait, not the shared start.</param>
    public static Task<WireMockProcess> GetAsync(CancellationToken cancellationToken = default)
    {
        lock (Gate)
        {
            if (_server is null || (_server.IsCompletedSuccessfully && _server.Result.HasExited))
            {
                // Started without the caller's token: one caller giving up must not fail the others.
                _server = WireMockProcess.StartAsync(cancellationToken: CancellationToken.None);
            }

            return _server.WaitAsync(cancellationToken);
        }
    }
}
