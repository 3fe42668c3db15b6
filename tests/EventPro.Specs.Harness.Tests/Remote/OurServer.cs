using EventPro.Specs.Engine.Integrations.MockConfig;
using EventPro.Specs.Harness.Remote;
using EventPro.Specs.Server.Hosting;

namespace EventPro.Specs.Harness.Tests.Remote;

/// <summary>Our own Step Functions server on a free 127.0.0.1 port, in virtual time; stopped on dispose.</summary>
internal sealed class OurServer : IAsyncDisposable
{
    private OurServer(StepFunctionsServer server) => Server = server;

    public StepFunctionsServer Server { get; }

    public StepFunctionsEndpoint Endpoint => StepFunctionsEndpoint.For(Server.BaseAddress!.ToString());

    /// <summary>Starts the server; <paramref name="mockConfigPath"/> serves its test cases (as <c>serve --mock-config</c>).</summary>
    public static async Task<OurServer> StartAsync(string? mockConfigPath = null)
    {
        var testCases = mockConfigPath is null ? null : new MockConfigTestCases(MockConfigFile.Load(mockConfigPath));
        var server = StepFunctionsServer.Create(new ServerOptions { Port = 0, TimeScale = 0, TestCases = testCases });
        await server.StartAsync(TestContext.Current.CancellationToken);
        return new OurServer(server);
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
