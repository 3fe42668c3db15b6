using System.Net;
using EventPro.Specs.Server.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EventPro.Specs.Server.Hosting;

/// <summary>
/// The Step Functions API as a running web server: Kestrel on 127.0.0.1 and the configured port
/// (0 picks a free one). Tests may replace Kestrel (e.g. with the in-memory TestServer) through
/// the <c>configure</c> callback of <see cref="Create"/>.
/// </summary>
/// <example>
/// <code>
/// await using var server = StepFunctionsServer.Create(new ServerOptions { Port = 0, TimeScale = 0 });
/// await server.StartAsync();
/// Console.WriteLine(server.BaseAddress); // http://127.0.0.1:54321/
/// </code>
/// </example>
public sealed class StepFunctionsServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _disposed;

    private StepFunctionsServer(WebApplication app, StepFunctionsApi api)
    {
        _app = app;
        Api = api;
    }

    /// <summary>The API (and through it the registry of state machines and executions).</summary>
    public StepFunctionsApi Api { get; }

    /// <summary>The web application, e.g. for <c>GetTestClient()</c> under the TestServer.</summary>
    public WebApplication App => _app;

    /// <summary>The address Kestrel listens on once started (<c>http://127.0.0.1:PORT/</c>); null under another server.</summary>
    public Uri? BaseAddress =>
        _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() is { } address
            ? new Uri(address.EndsWith('/') ? address : address + "/")
            : null;

    /// <summary>The port Kestrel listens on once started; 0 under another server.</summary>
    public int Port => BaseAddress?.Port ?? 0;

    /// <summary>Builds the server; <paramref name="configure"/> may change the host (logging, another server) before it is built.</summary>
    public static StepFunctionsServer Create(ServerOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        // The tool's own folder as content root: an appsettings.json where the user runs the
        // command must not add Kestrel endpoints or change logging behind our back.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });
        configure?.Invoke(builder);
        var app = builder.Build();
        var api = new StepFunctionsApi(options);
        app.Run(api.HandleAsync);
        return new StepFunctionsServer(app, api);
    }

    /// <summary>Starts listening.</summary>
    public Task StartAsync(CancellationToken cancellation = default) => _app.StartAsync(cancellation);

    /// <summary>Stops listening and stops the running executions.</summary>
    public async Task StopAsync(CancellationToken cancellation = default)
    {
        await _app.StopAsync(cancellation).ConfigureAwait(false);
        Api.Dispose();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        try
        {
            await StopAsync().ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            // Never started: nothing to stop but the executions.
            Api.Dispose();
        }

        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
