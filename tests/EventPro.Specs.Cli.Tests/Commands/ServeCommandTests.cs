using System.Text;
using EventPro.Specs.Cli.Commands;
using EventPro.Specs.Server.Hosting;

namespace EventPro.Specs.Cli.Tests.Commands;

public class ServeCommandTests
{
    [Fact]
    public async Task RunAsync_PortZero_PrintsTheAddressServesAndStopsWhenCancelled()
    {
        var output = new LineWriter();
        using var stop = new CancellationTokenSource();

        var serving = ServeCommand.RunAsync(new ServerOptions { Port = 0, TimeScale = 0 }, output, TextWriter.Null, stop.Token);
        var banner = await output.FirstLine.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.StartsWith("Step Functions API listening on http://127.0.0.1:", banner, StringComparison.Ordinal);
        Assert.Contains("virtual time", banner, StringComparison.Ordinal);
        var address = banner.Split(' ').First(w => w.StartsWith("http://", StringComparison.Ordinal));
        using (var client = new HttpClient())
        using (var request = new HttpRequestMessage(HttpMethod.Post, address) { Content = new StringContent("{}", Encoding.UTF8, "application/x-amz-json-1.0") })
        {
            request.Headers.Add("X-Amz-Target", "AWSStepFunctions.ListStateMachines");
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.Equal("""{"stateMachines":[]}""", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }

        await stop.CancelAsync();
        Assert.Equal(0, await serving.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));
        Assert.Contains("Stopped.", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_PortInUse_SaysSoWithExitCodeOne()
    {
        await using var other = StepFunctionsServer.Create(new ServerOptions { Port = 0 });
        await other.StartAsync(TestContext.Current.CancellationToken);
        using var error = new StringWriter();

        var code = await ServeCommand.RunAsync(new ServerOptions { Port = other.Port }, TextWriter.Null, error, TestContext.Current.CancellationToken);

        Assert.Equal(1, code);
        Assert.StartsWith($"error: cannot listen on 127.0.0.1:{other.Port}", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--time-scale", "-1", "--time-scale must be 0 (virtual time) or a positive number")]
    [InlineData("--port", "70000", "--port must be between 0 and 65535")]
    public void Serve_ImpossibleOption_IsAOneLineErrorWithExitCodeOne(string option, string value, string message)
    {
        var (code, _, error) = CliRunner.Run("serve", option, value);

        Assert.Equal(1, code);
        Assert.Equal($"error: {message}", error.Trim());
    }

    /// <summary>A writer that several threads may use, and that says when its first line is complete.</summary>
    private sealed class LineWriter : TextWriter
    {
        private readonly StringBuilder _text = new();
        private readonly TaskCompletionSource<string> _firstLine = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override Encoding Encoding => Encoding.UTF8;

        public Task<string> FirstLine => _firstLine.Task;

        public override void Write(char value)
        {
            lock (_text)
            {
                _text.Append(value);
                if (value == '\n')
                {
                    _firstLine.TrySetResult(_text.ToString().Split('\n')[0].TrimEnd('\r'));
                }
            }
        }

        public override string ToString()
        {
            lock (_text)
            {
                return _text.ToString();
            }
        }
    }
}
