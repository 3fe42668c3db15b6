using EventPro.Specs.Server.Hosting;

namespace EventPro.Specs.Server.Tests.Support;

/// <summary>The server on Kestrel, on a free 127.0.0.1 port, for real clients.</summary>
internal sealed class KestrelApi : IAsyncDisposable
{
    private KestrelApi(StepFunctionsServer server) => Server = server;

    public StepFunctionsServer Server { get; }

    public string Endpoint => Server.BaseAddress!.ToString().TrimEnd('/');

    public static async Task<KestrelApi> StartAsync(ServerOptions? options = null)
    {
        var server = StepFunctionsServer.Create((options ?? new ServerOptions { TimeScale = 0 }) with { Port = 0 });
        await server.StartAsync(TestContext.Current.CancellationToken);
        return new KestrelApi(server);
    }

    public async Task WaitForEndAsync(string executionArn)
    {
        var record = Server.Api.State.Registry.FindExecution(executionArn) ?? throw new InvalidOperationException($"no execution {executionArn}");
        await record.Completion.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
