using EventPro.Specs.Engine.Json;
using EventPro.Specs.Gherkin;

namespace EventPro.Specs.Cli.Tests.Commands;

public class RunCommandTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
    private static readonly string CheckoutSaga = Path.Combine(Fixtures, "CheckoutSaga", "checkout-saga.json");
    private static readonly string CheckoutMocks = Path.Combine(Fixtures, "CheckoutSaga", "MockConfigFile.json");
    private static readonly string CheckoutInput = "@" + Path.Combine(Fixtures, "CheckoutSaga", "input.json");
    private static readonly string LambdaSqs = Path.Combine(Fixtures, "LambdaSQSIntegration.asl.json");
    private static readonly string LambdaSqsMocks = Path.Combine(Fixtures, "MockConfigFile.json");

    [Fact]
    public void Run_MockConfigHappyPath_NamesTheMachineAfterTheFileAndSucceeds()
    {
        var (code, output, error) = CliRunner.Run("run", CheckoutSaga, "--input", CheckoutInput, "--mock-config", CheckoutMocks, "--test-case", "HappyPath");

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("status: SUCCEEDED", output, StringComparison.Ordinal);
        Assert.Contains("path:   ReserveSeat -> CheckSeatTier -> ApplyPremiumPerks -> ProcessPayment -> GenerateTicket -> SendConfirmation -> CheckoutComplete", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MockConfigPaymentDeclined_PrintsTheFailureWithExitCodeZero()
    {
        var (code, output, _) = CliRunner.Run("run", CheckoutSaga, "--input", CheckoutInput, "--mock-config", CheckoutMocks, "--test-case", "PaymentDeclined");

        Assert.Equal(0, code);
        Assert.Contains("status: FAILED", output, StringComparison.Ordinal);
        Assert.Contains("error:  CheckoutFailed", output, StringComparison.Ordinal);
        Assert.Contains("ProcessPayment -> ReleaseSeat -> PaymentFailed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_AslJsonFileWithRetryPath_StripsTheSuffixAndConsumesTheRetries()
    {
        // The test case is found under "LambdaSQSIntegration": the name is the file name without ".asl.json".
        var (code, output, _) = CliRunner.Run("run", LambdaSqs, "--mock-config", LambdaSqsMocks, "--test-case", "RetryPath", "--json");

        Assert.Equal(0, code);
        var result = (JsonObject)JsonValue.Parse(output);
        Assert.Equal("SUCCEEDED", ((JsonString)result["status"]).Value);
        Assert.Equal(3, CountOccurrences(output, "\"TaskFailed\""));
    }

    [Fact]
    public void Run_StateMachineNameOption_SelectsTheTestCasesOfThatName()
    {
        var (code, _, error) = CliRunner.Run("run", LambdaSqs, "--mock-config", LambdaSqsMocks, "--test-case", "HappyPath", "--state-machine-name", "Checkout");

        Assert.Equal(1, code);
        Assert.Contains("the state machine 'Checkout' has no test cases in this file (state machines: 'LambdaSQSIntegration')", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownTestCase_FailsNamingTheTestCases()
    {
        var (code, output, error) = CliRunner.Run("run", CheckoutSaga, "--mock-config", CheckoutMocks, "--test-case", "SoldOut");

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.StartsWith("error: " + CheckoutMocks + ": /StateMachines/checkout-saga/TestCases", error, StringComparison.Ordinal);
        Assert.Contains("no test case 'SoldOut' (test cases: 'HappyPath', 'PaymentDeclined')", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--test-case", "--test-case needs --mock-config")]
    [InlineData("--mock-config", "--mock-config needs --test-case")]
    public void Run_OneMockOptionWithoutTheOther_Fails(string option, string message)
    {
        var value = option == "--mock-config" ? CheckoutMocks : "HappyPath";

        var (code, _, error) = CliRunner.Run("run", CheckoutSaga, option, value);

        Assert.Equal(1, code);
        Assert.Equal("error: " + message, error.Trim());
    }

    [Fact]
    public void Run_InvalidMockConfig_FailsWithFilePointerAndReason()
    {
        var path = Path.Combine(Path.GetTempPath(), $"eventpro-mock-{Environment.ProcessId}-{Environment.CurrentManagedThreadId}.json");
        File.WriteAllText(path, """{"StateMachines": {"checkout-saga": {"TestCases": {"T": {"ReserveSeat": "R"}}}}, "MockedResponses": {"R": {"0": {}}}}""");
        try
        {
            var (code, _, error) = CliRunner.Run("run", CheckoutSaga, "--mock-config", path, "--test-case", "T");

            Assert.Equal(1, code);
            Assert.Equal($"error: {path}: /MockedResponses/R/0 (line 1, column 113): the entry has neither Return nor Throw; it must have exactly one of them", error.Trim());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Run_CallbackTaskNobodyAnswers_FailsSayingItWouldWaitForever()
    {
        var folder = Directory.CreateTempSubdirectory("eventpro-callback-").FullName;
        var definition = Path.Combine(folder, "approval.asl.json");
        var mocks = Path.Combine(folder, "mocks.json");
        File.WriteAllText(definition, """{"StartAt":"Wait","States":{"Wait":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken","Parameters":{"MessageBody":{"token.$":"$$.Task.Token"}},"End":true}}}""");
        File.WriteAllText(mocks, """{"StateMachines":{"approval":{"TestCases":{"T":{"Wait":"Sent"}}}},"MockedResponses":{"Sent":{"0":{"Return":{"MessageId":"m"}}}}}""");
        try
        {
            var (code, _, error) = CliRunner.Run("run", definition, "--mock-config", mocks, "--test-case", "T");

            Assert.Equal(1, code);
            Assert.StartsWith("error: The execution is waiting for nothing", error.Trim(), StringComparison.Ordinal);
            Assert.Contains("waits forever unless its token is answered", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Run_MissingMockConfigFile_Fails()
    {
        var (code, _, error) = CliRunner.Run("run", CheckoutSaga, "--mock-config", "no-such-file.json", "--test-case", "HappyPath");

        Assert.Equal(1, code);
        Assert.Equal("error: --mock-config: the file 'no-such-file.json' does not exist", error.Trim());
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [Theory]
    [InlineData("approve", "SUCCEEDED", "\"approved\":true")]
    [InlineData("reject", "FAILED", "Approval.Rejected")]
    public void Run_ParentWaitingForAChildBesideIt_RunsTheChildWhichAnswersTheToken(string decision, string status, string expected)
    {
        var parent = Path.Combine(RepositoryRoot.Find(null), "tests", "EventPro.Specs.Engine.Tests", "Integrations", "Sfn", "Fixtures", "approval-parent.asl.json");

        var (code, output, error) = CliRunner.Run("run", parent, "--input", $$"""{"orderId":"o-1","decision":"{{decision}}"}""");

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("status: " + status, output);
        Assert.Contains(expected, output);
    }
}
