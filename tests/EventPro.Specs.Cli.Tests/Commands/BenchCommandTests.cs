using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Cli.Tests.Commands;

public class BenchCommandTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "CheckoutSaga");

    [Fact]
    public void Bench_Json_ReportsTheFiguresTheReferenceRunUses()
    {
        var (code, output, error) = CliRunner.Run(
            "bench", Path.Combine(Fixtures, "checkout-saga.json"), "--input", "@" + Path.Combine(Fixtures, "input.json"),
            "--mock-config", Path.Combine(Fixtures, "MockConfigFile.json"), "--test-case", "PaymentDeclined", "--iterations", "20", "--json");

        Assert.Equal(0, code);
        Assert.Empty(error);
        var figures = (JsonObject)JsonValue.Parse(output);
        foreach (var key in new[] { "executionsPerSecond", "statesPerSecond", "p50Ms", "p99Ms", "allocatedBytesPerExecution" })
        {
            Assert.True(figures[key] is JsonNumber { Value: > 0 }, $"{key} should be a positive number in {output}");
        }

        Assert.Equal("FAILED", ((JsonString)figures["status"]).Value);
    }

    [Fact]
    public void Bench_Threads_AddsTheParallelScalingBesideTheControl()
    {
        var (code, output, error) = CliRunner.Run(
            "bench", Path.Combine(Fixtures, "checkout-saga.json"), "--input", "@" + Path.Combine(Fixtures, "input.json"),
            "--mock-config", Path.Combine(Fixtures, "MockConfigFile.json"), "--test-case", "HappyPath", "--iterations", "20", "--threads", "2", "--json");

        Assert.Equal(0, code);
        Assert.Empty(error);
        var figures = (JsonObject)JsonValue.Parse(output);
        Assert.Equal(2, ((JsonNumber)figures["threads"]).Value);
        foreach (var key in new[] { "parallelExecutionsPerSecond", "parallelScaling", "controlScaling", "allocationControlScaling" })
        {
            Assert.True(figures[key] is JsonNumber { Value: > 0 }, $"{key} should be a positive number in {output}");
        }
    }

    [Fact]
    public void Bench_WithoutThreads_MeasuresNoScaling()
    {
        var (code, output, _) = CliRunner.Run("bench", Path.Combine(Fixtures, "checkout-saga.json"), "--input", "@" + Path.Combine(Fixtures, "input.json"), "--iterations", "5");

        Assert.Equal(0, code);
        Assert.DoesNotContain("parallel:", output);
    }

    [Fact]
    public void Bench_ZeroThreads_IsRefusedInOneLine()
    {
        var (code, _, error) = CliRunner.Run("bench", Path.Combine(Fixtures, "checkout-saga.json"), "--threads", "0");

        Assert.Equal(1, code);
        Assert.Equal("error: --threads must be at least 1", error.Trim());
    }

    [Fact]
    public void Bench_CallbackNobodyAnswers_SaysSoInsteadOfAStackTrace()
    {
        using var folder = new TempFolder();
        var definition = folder.Write("approval.asl.json", """{"StartAt":"Wait","States":{"Wait":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken","Parameters":{"MessageBody":{"token.$":"$$.Task.Token"}},"End":true}}}""");
        var mocks = folder.Write("mocks.json", """{"StateMachines":{"approval":{"TestCases":{"T":{"Wait":"Sent"}}}},"MockedResponses":{"Sent":{"0":{"Return":{"MessageId":"m"}}}}}""");

        var (code, _, error) = CliRunner.Run("bench", definition, "--mock-config", mocks, "--test-case", "T", "--iterations", "3");

        Assert.Equal(1, code);
        Assert.StartsWith("error: The execution is waiting for nothing", error.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_ZeroIterations_IsRefusedInOneLine()
    {
        var (code, _, error) = CliRunner.Run("bench", Path.Combine(Fixtures, "checkout-saga.json"), "--iterations", "0");

        Assert.Equal(1, code);
        Assert.Equal("error: --iterations must be at least 1", error.Trim());
    }
}
