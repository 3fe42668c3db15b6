using EventPro.Specs.Harness.WireMock;
using static EventPro.Specs.Harness.Tests.WireMock.WireMockTestSupport;

namespace EventPro.Specs.Harness.Tests.WireMock;

/// <summary>
/// Starts of their own (besides the shared server): lifecycle is the point here. Each costs about a
/// second, so there are only two, plus one that fails fast.
/// </summary>
public class WireMockProcessTests
{
    [Fact]
    public async Task StartAsync_SharedServer_AnswersHealthOnLoopback()
    {
        var server = await WireMockSharedServer.GetAsync(TestContext.Current.CancellationToken);

        Assert.True(await server.Admin.IsHealthyAsync(TestContext.Current.CancellationToken));
        Assert.Equal("127.0.0.1", server.BaseUrl.Host);
        Assert.NotEqual(0, server.Port);
        Assert.True(IsRunning(server.JavaProcessId));
        Assert.Contains("--port 0 --bind-address 127.0.0.1", server.CommandLine, StringComparison.Ordinal);
        TestContext.Current.SendDiagnosticMessage($"WireMock healthy after {server.StartupTime.TotalMilliseconds:F0} ms: {server.CommandLine}");
    }

    [Fact]
    public async Task GetAsync_CalledTwice_ReturnsTheSameServer()
    {
        var first = await WireMockSharedServer.GetAsync(TestContext.Current.CancellationToken);
        var second = await WireMockSharedServer.GetAsync(TestContext.Current.CancellationToken);

        Assert.Same(first, second);
    }

    [Fact]
    public async Task DisposeAsync_StartedServer_LeavesNoJavaProcess()
    {
        var filesDirectory = Path.Combine(Fixtures, "__files");
        var server = await WireMockProcess.StartAsync(new WireMockProcessOptions { FilesDirectory = filesDirectory }, TestContext.Current.CancellationToken);
        var javaProcessId = server.JavaProcessId;
        Assert.True(IsRunning(javaProcessId));

        // While it runs: bodyFileName is served from the chosen files folder through the private root.
        await using (var scope = WireMockScope.Create(server))
        {
            await scope.StubAsync(
                WireMockStub.Given(WireMockRequest.Create().UsingGet().WithPath("/receipt")).RespondWith(WireMockResponse.Create().WithBodyFile("receipt.txt")),
                TestContext.Current.CancellationToken);
            using var client = scope.CreateHttpClient();
            Assert.Equal(
                await File.ReadAllTextAsync(Path.Combine(filesDirectory, "receipt.txt"), TestContext.Current.CancellationToken),
                await client.GetStringAsync(new Uri("/receipt", UriKind.Relative), TestContext.Current.CancellationToken));
        }

        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        await server.DisposeAsync();
        TestContext.Current.SendDiagnosticMessage($"WireMock stopped in {stopwatch.ElapsedMilliseconds} ms");

        Assert.False(IsRunning(javaProcessId));
    }

    [Fact]
    public async Task CloseControlPipe_AsWhenTheTestHostDies_StopsJavaWithoutAnyKillFromUs()
    {
        await using var server = await WireMockProcess.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var javaProcessId = server.JavaProcessId;
        Assert.True(IsRunning(javaProcessId));

        // The kernel closes this pipe when our process ends in any way, SIGKILL included.
        server.CloseControlPipe();

        Assert.True(await server.WaitForExitAsync(TimeSpan.FromSeconds(30)), "the guard did not end after its pipe closed");
        Assert.False(IsRunning(javaProcessId));
    }

    [Fact]
    public async Task StartAsync_JavaExitsAtOnce_FailsWithTheExitCodeAndOutput()
    {
        var options = new WireMockProcessOptions { ExtraArguments = ["--no-such-option"] };

        var error = await Assert.ThrowsAsync<WireMockSetupException>(
            () => WireMockProcess.StartAsync(options, TestContext.Current.CancellationToken));

        Assert.Contains("exited with code 1 before it listened", error.Message, StringComparison.Ordinal);
        Assert.Contains("--no-such-option", error.Message, StringComparison.Ordinal);
    }
}
