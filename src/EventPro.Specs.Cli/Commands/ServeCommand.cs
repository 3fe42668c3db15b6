using EventPro.Specs.Engine.Integrations.MockConfig;
using System.CommandLine;
using System.Runtime.InteropServices;
using EventPro.Specs.Server.Executions;
using EventPro.Specs.Server.Hosting;

namespace EventPro.Specs.Cli.Commands;

/// <summary>
/// <c>eventpro-specs serve [--port 8083] [--time-scale 0|n]</c>: serves the Step Functions API
/// (AWS JSON 1.0, as Step Functions Local does) on 127.0.0.1 until Ctrl+C, so the AWS CLI and SDKs
/// can drive the engine (<c>aws stepfunctions --endpoint-url http://127.0.0.1:8083 ...</c>).
/// <c>--port 0</c> picks a free port; the banner prints the address.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1 (0 picks a free one).", DefaultValueFactory = _ => ServerOptions.DefaultPort };
        var timeScale = new Option<double?>("--time-scale") { Description = "0: virtual time (Wait states and retries do not sleep); n: real time n times as fast. Default: real time." };
        var mockConfig = new Option<string?>("--mock-config") { Description = "A MockConfigFile whose test cases StartExecution selects with a #TestCase ARN suffix (default: $SFN_MOCK_CONFIG, as Step Functions Local)." };
        var command = new Command("serve", "Serve the Step Functions API (AWS JSON 1.0) on 127.0.0.1 until Ctrl+C.") { port, timeScale, mockConfig };
        command.SetAction((parse, cancellation) =>
        {
            ITestCaseBackends? testCases;
            try
            {
                testCases = TestCases(parse.GetValue(mockConfig) ?? Environment.GetEnvironmentVariable(MockConfigTestCases.EnvironmentVariable));
            }
            catch (MockConfigException e)
            {
                error.WriteLine("error: " + e.Message);
                return Task.FromResult(1);
            }

            return RunAsync(new ServerOptions { Port = parse.GetValue(port), TimeScale = parse.GetValue(timeScale), TestCases = testCases }, output, error, cancellation);
        });
        return command;
    }

    private static MockConfigTestCases? TestCases(string? path) =>
        string.IsNullOrEmpty(path) ? null
        : File.Exists(path) ? new MockConfigTestCases(MockConfigFile.Load(path))
        : throw new MockConfigException(path, [new MockConfigProblem(string.Empty, 0, 0, "the mock configuration file does not exist")]);

    /// <summary>Serves until <paramref name="stop"/> is cancelled or the process gets SIGINT/SIGTERM; 1 when the server cannot start.</summary>
    internal static async Task<int> RunAsync(ServerOptions options, TextWriter output, TextWriter error, CancellationToken stop)
    {
        try
        {
            options.Validate();
        }
        catch (ArgumentOutOfRangeException e)
        {
            error.WriteLine(e.ParamName == nameof(ServerOptions.Port)
                ? "error: --port must be between 0 and 65535"
                : "error: --time-scale must be 0 (virtual time) or a positive number");
            return 1;
        }

        using var signalled = CancellationTokenSource.CreateLinkedTokenSource(stop);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop(signalled));
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop(signalled));
        await using var server = StepFunctionsServer.Create(options);
        try
        {
            await server.StartAsync(signalled.Token).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            error.WriteLine($"error: cannot listen on 127.0.0.1:{options.Port}: {e.Message}");
            return 1;
        }

        output.WriteLine($"Step Functions API listening on {server.BaseAddress} ({ExecutionClock.Describe(options.TimeScale)}); press Ctrl+C to stop.");
        output.Flush();
        try
        {
            await Task.Delay(Timeout.Infinite, signalled.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C, SIGTERM or the caller: stop gracefully below.
        }

        await server.StopAsync(CancellationToken.None).ConfigureAwait(false);
        output.WriteLine("Stopped.");
        return 0;
    }

    private static Action<PosixSignalContext> Stop(CancellationTokenSource source) => context =>
    {
        // Let the server stop cleanly (running executions end ABORTED) instead of the default termination.
        context.Cancel = true;
        source.Cancel();
    };
}
