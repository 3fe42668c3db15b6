using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Hosting;
using EventPro.Specs.Server.Registry;
using EventPro.Specs.Server.Tests.Support;

namespace EventPro.Specs.Server.Tests.Operations;

public class ExecutionStartsTests
{
    private const string TaskDefinition = """{"StartAt":"Charge","States":{"Charge":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","End":true}}}""";

    [Fact]
    public async Task Start_StandardStateMachine_RunsInTheBackgroundToItsEnd()
    {
        await using var api = await InMemoryApi.StartAsync();
        var arn = await api.CreateStateMachineAsync("Orders");

        var execution = await api.StartExecutionAsync(arn, """{"ok":true}""", name: "first");

        Assert.Equal("arn:aws:states:us-east-1:123456789012:execution:Orders:first", execution);
        var described = await api.WaitForEndAsync(execution);
        Assert.Equal("SUCCEEDED", ((JsonString)described["status"]).Value);
        Assert.Equal("""{"ok":true,"result":{"done":true}}""", ((JsonString)described["output"]).Value);
        // Virtual time: the hour-long Wait took no time but shows in the dates.
        Assert.Equal(3600, ((JsonNumber)described["stopDate"]).Value - ((JsonNumber)described["startDate"]).Value, 3);
    }

    [Fact]
    public async Task Start_WithoutName_NamesTheExecutionWithAUuid()
    {
        await using var api = await InMemoryApi.StartAsync();
        var arn = await api.CreateStateMachineAsync("Orders");

        var execution = await api.StartExecutionAsync(arn, "{}");

        Assert.True(Guid.TryParse(execution.Split(':')[^1], out _), execution);
    }

    [Fact]
    public async Task Start_SameNameAndInputWhileRunning_ReturnsTheSameExecution()
    {
        await using var api = await InMemoryApi.StartAsync(new ServerOptions());
        var arn = await api.CreateStateMachineAsync("Orders");
        var first = (await api.CallAsync("StartExecution", ("stateMachineArn", arn), ("name", "once"), ("input", """{"ok":true}"""))).Ok();

        var second = (await api.CallAsync("StartExecution", ("stateMachineArn", arn), ("name", "once"), ("input", """{"ok":true}"""))).Ok();

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Start_SameNameOtherInputWhileRunning_IsExecutionAlreadyExists()
    {
        await using var api = await InMemoryApi.StartAsync(new ServerOptions());
        var arn = await api.CreateStateMachineAsync("Orders");
        await api.StartExecutionAsync(arn, """{"ok":true}""", name: "once");

        var response = await api.CallAsync("StartExecution", ("stateMachineArn", arn), ("name", "once"), ("input", """{"ok":1}"""));

        response.Fails("ExecutionAlreadyExists");
        Assert.Equal("Execution Already Exists: 'arn:aws:states:us-east-1:123456789012:execution:Orders:once'", response.Message);
    }

    [Fact]
    public async Task Start_SameNameAfterTheExecutionEnded_IsExecutionAlreadyExistsEvenWithTheSameInput()
    {
        await using var api = await InMemoryApi.StartAsync();
        var arn = await api.CreateStateMachineAsync("Orders");
        await api.WaitForEndAsync(await api.StartExecutionAsync(arn, """{"ok":true}""", name: "once"));

        (await api.CallAsync("StartExecution", ("stateMachineArn", arn), ("name", "once"), ("input", """{"ok":true}"""))).Fails("ExecutionAlreadyExists");
    }

    [Fact]
    public async Task Start_InputNotJson_IsInvalidExecutionInput()
    {
        await using var api = await InMemoryApi.StartAsync();
        var arn = await api.CreateStateMachineAsync("Orders");

        var response = await api.CallAsync("StartExecution", ("stateMachineArn", arn), ("input", "{\"a\":"));

        response.Fails("InvalidExecutionInput");
        Assert.StartsWith("Invalid State Machine Execution Input: '", response.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_UnknownStateMachine_IsStateMachineDoesNotExist()
    {
        await using var api = await InMemoryApi.StartAsync();

        var response = await api.CallAsync("StartExecution", ("stateMachineArn", "arn:aws:states:us-east-1:123456789012:stateMachine:Nope"));

        response.Fails("StateMachineDoesNotExist");
        Assert.Equal("State Machine Does Not Exist: 'arn:aws:states:us-east-1:123456789012:stateMachine:Nope'", response.Message);
    }

    [Fact]
    public async Task Start_InvalidExecutionName_IsInvalidName()
    {
        await using var api = await InMemoryApi.StartAsync();
        var arn = await api.CreateStateMachineAsync("Orders");

        (await api.CallAsync("StartExecution", ("stateMachineArn", arn), ("name", "a/b"))).Fails("InvalidName");
    }

    [Fact]
    public async Task Start_InputOverTheQuota_IsValidationException()
    {
        await using var api = await InMemoryApi.StartAsync();
        var arn = await api.CreateStateMachineAsync("Orders");

        var response = await api.CallAsync("StartExecution", ("stateMachineArn", arn), ("input", "\"" + new string('x', 262_144) + "\""));

        response.Fails("ValidationException");
        Assert.Equal("1 validation error detected: Value '*** Sensitive Data Redacted ***' at 'input' failed to satisfy constraint: Member must have length less than or equal to 262144", response.Message);
    }

    [Fact]
    public async Task Start_ExpressStateMachine_GetsAnExpressArnAndKeepsNoRecord()
    {
        await using var api = await InMemoryApi.StartAsync();
        var arn = await api.CreateStateMachineAsync("Quick", type: "EXPRESS");

        var first = (await api.CallAsync("StartExecution", ("stateMachineArn", arn), ("name", "same"), ("input", """{"ok":true}"""))).Ok();
        var second = (await api.CallAsync("StartExecution", ("stateMachineArn", arn), ("name", "same"), ("input", """{"ok":true}"""))).Ok();

        var firstArn = ((JsonString)first["executionArn"]).Value;
        Assert.StartsWith("arn:aws:states:us-east-1:123456789012:express:Quick:same:", firstArn, StringComparison.Ordinal);
        Assert.NotEqual(firstArn, ((JsonString)second["executionArn"]).Value);
        (await api.CallAsync("DescribeExecution", ("executionArn", firstArn))).Fails("ExecutionDoesNotExist");
    }

    [Fact]
    public async Task Start_ExpressWithKeptExecutions_IsDescribableWithItsHistory()
    {
        await using var api = await InMemoryApi.StartAsync(new ServerOptions { TimeScale = 0, KeepExpressExecutions = true });
        var arn = await api.CreateStateMachineAsync("Quick", type: "EXPRESS");

        var execution = await api.StartExecutionAsync(arn, """{"ok":false}""");

        var described = await api.WaitForEndAsync(execution);
        Assert.Equal("FAILED", ((JsonString)described["status"]).Value);
        var history = (await api.CallAsync("GetExecutionHistory", ("executionArn", execution))).Ok();
        Assert.Equal(5, ((JsonArray)history["events"]).Count);
    }

    [Fact]
    public async Task StartSync_ExpressStateMachine_AnswersTheEndOfTheExecution()
    {
        await using var api = await InMemoryApi.StartAsync();
        var arn = await api.CreateStateMachineAsync("Quick", type: "EXPRESS");

        var body = (await api.CallAsync("StartSyncExecution", ("stateMachineArn", arn), ("name", "sync"), ("input", """{"ok":false}"""))).Ok();

        Assert.Equal("FAILED", ((JsonString)body["status"]).Value);
        Assert.Equal("Rejected", ((JsonString)body["error"]).Value);
        Assert.Equal("ok was not true", ((JsonString)body["cause"]).Value);
        Assert.Equal(arn, ((JsonString)body["stateMachineArn"]).Value);
        Assert.Equal("""{"ok":false}""", ((JsonString)body["input"]).Value);
        Assert.False(body.ContainsKey("output"));
        var billing = (JsonObject)body["billingDetails"];
        Assert.Equal(64, ((JsonNumber)billing["billedMemoryUsedInMB"]).Value);
        Assert.Equal(100, ((JsonNumber)billing["billedDurationInMilliseconds"]).Value);
    }

    [Fact]
    public async Task StartSync_MetadataOnly_LeavesInputAndOutputOut()
    {
        await using var api = await InMemoryApi.StartAsync();
        var arn = await api.CreateStateMachineAsync("Quick", type: "EXPRESS");

        var body = (await api.CallAsync("StartSyncExecution", ("stateMachineArn", arn), ("input", """{"ok":true}"""), ("includedData", "METADATA_ONLY"))).Ok();

        Assert.Equal("SUCCEEDED", ((JsonString)body["status"]).Value);
        Assert.False(body.ContainsKey("input") || body.ContainsKey("output"));
        Assert.Equal(JsonObject.Of(("included", false)), body["outputDetails"]);
    }

    [Fact]
    public async Task StartSync_StandardStateMachine_IsStateMachineTypeNotSupported()
    {
        await using var api = await InMemoryApi.StartAsync();
        var arn = await api.CreateStateMachineAsync("Orders");

        (await api.CallAsync("StartSyncExecution", ("stateMachineArn", arn))).Fails("StateMachineTypeNotSupported");
    }

    [Fact]
    public async Task Start_TaskState_IsAnsweredByTheHostBackends()
    {
        var seen = new List<StateMachineInfo>();
        var backend = new InProcessTaskBackend().ForState("Charge", i => JsonObject.Of(("charged", i.Parameters)));
        var options = new ServerOptions
        {
            TimeScale = 0,
            TaskBackends = info =>
            {
                lock (seen)
                {
                    seen.Add(info);
                }

                return [backend];
            },
        };
        await using var api = await InMemoryApi.StartAsync(options);
        var arn = await api.CreateStateMachineAsync("Pay", TaskDefinition);

        var described = await api.WaitForEndAsync(await api.StartExecutionAsync(arn, """{"amount":3}"""));

        Assert.Equal("""{"charged":{"amount":3}}""", ((JsonString)described["output"]).Value);
        Assert.Equal("Pay", Assert.Single(seen).Name);
    }

    [Fact]
    public async Task Start_TestCaseSuffix_AsksTheTestCaseBackendFirst()
    {
        var options = new ServerOptions { TimeScale = 0, TestCases = new FixedTestCases("Happy", new InProcessTaskBackend().ForState("Charge", _ => "mocked")) };
        await using var api = await InMemoryApi.StartAsync(options);
        var arn = await api.CreateStateMachineAsync("Pay", TaskDefinition);

        var execution = await api.StartExecutionAsync(arn + "#Happy", "{}");

        Assert.StartsWith("arn:aws:states:us-east-1:123456789012:execution:Pay:", execution, StringComparison.Ordinal);
        Assert.Equal("\"mocked\"", ((JsonString)(await api.WaitForEndAsync(execution))["output"]).Value);
        (await api.CallAsync("StartExecution", ("stateMachineArn", arn + "#Unknown"))).Fails("InvalidArn");
    }

    [Fact]
    public async Task Start_TestCaseSuffixWithoutMockConfiguration_IsInvalidArn()
    {
        await using var api = await InMemoryApi.StartAsync();
        var arn = await api.CreateStateMachineAsync("Pay", TaskDefinition);

        var response = await api.CallAsync("StartExecution", ("stateMachineArn", arn + "#Happy"));

        response.Fails("InvalidArn");
        Assert.Contains("no mock configuration", response.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_HostBackendsThrow_TheExecutionFailsInsteadOfStayingRunning()
    {
        var options = new ServerOptions { TimeScale = 0, TaskBackends = _ => throw new InvalidOperationException("no backends today") };
        await using var api = await InMemoryApi.StartAsync(options);
        var arn = await api.CreateStateMachineAsync("Pay", TaskDefinition);

        var described = await api.WaitForEndAsync(await api.StartExecutionAsync(arn, "{}"));

        Assert.Equal("FAILED", ((JsonString)described["status"]).Value);
        Assert.Equal("States.Runtime", ((JsonString)described["error"]).Value);
        Assert.Contains("no backends today", ((JsonString)described["cause"]).Value, StringComparison.Ordinal);
    }

    private sealed class FixedTestCases(string name, ITaskBackend backend) : ITestCaseBackends
    {
        public ITaskBackend? ForTestCase(StateMachineInfo stateMachine, string testCase) => testCase == name ? backend : null;
    }
}
