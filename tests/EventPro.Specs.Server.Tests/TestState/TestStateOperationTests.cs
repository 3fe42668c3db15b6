using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Hosting;
using EventPro.Specs.Server.Tests.Support;

namespace EventPro.Specs.Server.Tests.TestState;

public class TestStateOperationTests
{
    private const string ChargeTask = """
        {"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"Payload.$":"$.order"},
         "ResultSelector":{"charged.$":"$.Payload.amount"},"ResultPath":"$.payment","Next":"Ship",
         "Retry":[{"ErrorEquals":["Busy"],"IntervalSeconds":2,"BackoffRate":3,"MaxAttempts":2}],
         "Catch":[{"ErrorEquals":["States.ALL"],"ResultPath":"$.failure","Next":"Refund"}]}
        """;

    [Fact]
    public async Task Run_PassState_ReturnsItsOutputAndNextState()
    {
        await using var api = await InMemoryApi.StartAsync();

        var body = (await api.CallAsync(
            "TestState",
            ("definition", """{"Type":"Pass","Result":{"x":1},"ResultPath":"$.added","Next":"Later"}"""),
            ("input", """{"a":1}"""))).Ok();

        Assert.Equal("SUCCEEDED", ((JsonString)body["status"]).Value);
        Assert.Equal("""{"a":1,"added":{"x":1}}""", ((JsonString)body["output"]).Value);
        Assert.Equal("Later", ((JsonString)body["nextState"]).Value);
        Assert.False(body.ContainsKey("inspectionData"));
    }

    [Fact]
    public async Task Run_ChoiceStateOfAStateMachine_ReturnsTheChosenState()
    {
        await using var api = await InMemoryApi.StartAsync();

        var body = (await api.CallAsync(
            "TestState",
            ("definition", InMemoryApi.StandardDefinition),
            ("stateName", "Route"),
            ("input", """{"ok":false}"""))).Ok();

        Assert.Equal("SUCCEEDED", ((JsonString)body["status"]).Value);
        Assert.Equal("Reject", ((JsonString)body["nextState"]).Value);
    }

    [Fact]
    public async Task Run_FailState_IsFailedWithItsErrorAndCause()
    {
        await using var api = await InMemoryApi.StartAsync();

        var body = (await api.CallAsync("TestState", ("definition", InMemoryApi.StandardDefinition), ("stateName", "Reject"))).Ok();

        Assert.Equal("FAILED", ((JsonString)body["status"]).Value);
        Assert.Equal("Rejected", ((JsonString)body["error"]).Value);
        Assert.Equal("ok was not true", ((JsonString)body["cause"]).Value);
        Assert.False(body.ContainsKey("nextState"));
    }

    [Fact]
    public async Task Run_MockedTaskAtDebugLevel_ProcessesTheResultAndShowsTheSteps()
    {
        await using var api = await InMemoryApi.StartAsync();

        var body = (await api.CallAsync(
            "TestState",
            ("definition", ChargeTask),
            ("input", """{"order":{"id":7}}"""),
            ("inspectionLevel", "DEBUG"),
            ("mock", JsonObject.Of(("result", """{"Payload":{"amount":42}}"""))))).Ok();

        Assert.Equal("SUCCEEDED", ((JsonString)body["status"]).Value);
        Assert.Equal("""{"order":{"id":7},"payment":{"charged":42}}""", ((JsonString)body["output"]).Value);
        Assert.Equal("Ship", ((JsonString)body["nextState"]).Value);
        var inspection = (JsonObject)body["inspectionData"];
        Assert.Equal("""{"order":{"id":7}}""", ((JsonString)inspection["input"]).Value);
        Assert.Equal("""{"order":{"id":7}}""", ((JsonString)inspection["afterInputPath"]).Value);
        Assert.Equal("""{"Payload":{"id":7}}""", ((JsonString)inspection["afterParameters"]).Value);
        Assert.Equal("""{"Payload":{"amount":42}}""", ((JsonString)inspection["result"]).Value);
        Assert.False(inspection.ContainsKey("afterResultSelector"));
        Assert.Equal("""{"order":{"id":7},"payment":{"charged":42}}""", ((JsonString)inspection["afterResultPath"]).Value);
    }

    [Fact]
    public async Task Run_MockedErrorWithRetriesLeft_IsRetriableWithTheBackOff()
    {
        await using var api = await InMemoryApi.StartAsync();

        var body = (await api.CallAsync(
            "TestState",
            ("definition", ChargeTask),
            ("input", """{"order":{}}"""),
            ("mock", JsonObject.Of(("errorOutput", JsonObject.Of(("error", "Busy"), ("cause", "try later"))))),
            ("stateConfiguration", JsonObject.Of(("retrierRetryCount", 1))))).Ok();

        Assert.Equal("RETRIABLE", ((JsonString)body["status"]).Value);
        Assert.Equal("Busy", ((JsonString)body["error"]).Value);
        Assert.Equal("try later", ((JsonString)body["cause"]).Value);
        var details = (JsonObject)((JsonObject)body["inspectionData"])["errorDetails"];
        Assert.Equal(JsonObject.Of(("retryIndex", 0), ("retryBackoffIntervalSeconds", 6)), details);
    }

    [Fact]
    public async Task Run_MockedErrorWithRetriesSpent_IsCaughtWithTheCatcherOutput()
    {
        await using var api = await InMemoryApi.StartAsync();

        var body = (await api.CallAsync(
            "TestState",
            ("definition", ChargeTask),
            ("input", """{"order":{}}"""),
            ("mock", JsonObject.Of(("errorOutput", JsonObject.Of(("error", "Busy"), ("cause", "try later"))))),
            ("stateConfiguration", JsonObject.Of(("retrierRetryCount", 2))))).Ok();

        Assert.Equal("CAUGHT_ERROR", ((JsonString)body["status"]).Value);
        Assert.Equal("Refund", ((JsonString)body["nextState"]).Value);
        Assert.Equal("""{"order":{},"failure":{"Error":"Busy","Cause":"try later"}}""", ((JsonString)body["output"]).Value);
        Assert.Equal(JsonObject.Of(("catchIndex", 0)), ((JsonObject)body["inspectionData"])["errorDetails"]);
    }

    [Fact]
    public async Task Run_MockedErrorNobodyHandles_IsFailed()
    {
        await using var api = await InMemoryApi.StartAsync();

        var body = (await api.CallAsync(
            "TestState",
            ("definition", """{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","End":true}"""),
            ("mock", JsonObject.Of(("errorOutput", JsonObject.Of(("error", "Boom"))))))).Ok();

        Assert.Equal("FAILED", ((JsonString)body["status"]).Value);
        Assert.Equal("Boom", ((JsonString)body["error"]).Value);
        Assert.False(body.ContainsKey("cause"));
    }

    [Fact]
    public async Task Run_MockedMap_AppliesTheResultProcessingToTheMock()
    {
        await using var api = await InMemoryApi.StartAsync();
        const string Map = """
            {"Type":"Map","ItemsPath":"$.items","ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},
             "ResultSelector":{"count.$":"States.ArrayLength($)"},"ResultPath":"$.summary","End":true}
            """;

        var body = (await api.CallAsync(
            "TestState",
            ("definition", Map),
            ("input", """{"items":[1,2]}"""),
            ("mock", JsonObject.Of(("result", "[10,20,30]"))))).Ok();

        Assert.Equal("SUCCEEDED", ((JsonString)body["status"]).Value);
        Assert.Equal("""{"items":[1,2],"summary":{"count":3}}""", ((JsonString)body["output"]).Value);
        Assert.False(body.ContainsKey("nextState"));
    }

    [Fact]
    public async Task Run_Variables_AreInScopeAndReportedAfterTheState()
    {
        await using var api = await InMemoryApi.StartAsync();

        var body = (await api.CallAsync(
            "TestState",
            ("definition", """{"Type":"Pass","Parameters":{"greeting.$":"$greeting"},"Assign":{"seen":true},"End":true}"""),
            ("variables", """{"greeting":"hello"}"""),
            ("inspectionLevel", "DEBUG"))).Ok();

        Assert.Equal("""{"greeting":"hello"}""", ((JsonString)body["output"]).Value);
        Assert.Equal("""{"greeting":"hello","seen":true}""", ((JsonString)((JsonObject)body["inspectionData"])["variables"]).Value);
    }

    [Fact]
    public async Task Run_TaskWithoutMockOrBackend_FailsNamingTheMissingBackend()
    {
        await using var api = await InMemoryApi.StartAsync();

        var body = (await api.CallAsync("TestState", ("definition", """{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","End":true}"""))).Ok();

        Assert.Equal("FAILED", ((JsonString)body["status"]).Value);
        Assert.Equal("States.Runtime", ((JsonString)body["error"]).Value);
        Assert.Contains("No task backend answered", ((JsonString)body["cause"]).Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"Type":"Pass","End":true}""", "mock")]
    [InlineData("""{"Type":"Parallel","Branches":[],"End":true}""", "nomock")]
    [InlineData("""{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken","End":true}""", "nomock")]
    public async Task Run_MockWhereAwsRefusesItOrNoMockWhereAwsNeedsOne_IsValidationException(string definition, string mock)
    {
        await using var api = await InMemoryApi.StartAsync();
        var body = JsonObject.Of(("definition", definition));
        if (mock == "mock")
        {
            body = body.With("mock", JsonObject.Of(("result", "{}")));
        }

        (await api.CallAsync("TestState", body)).Fails("ValidationException");
    }

    [Fact]
    public async Task Run_MockedCallbackTask_SucceedsWithTheMockWithoutWaitingForAToken()
    {
        await using var api = await InMemoryApi.StartAsync();

        var body = (await api.CallAsync(
            "TestState",
            ("definition", """{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken","Parameters":{"MessageBody":{"token.$":"$$.Task.Token"}},"HeartbeatSeconds":60,"End":true}"""),
            ("mock", JsonObject.Of(("result", """{"approved":true}"""))))).Ok();

        Assert.Equal("SUCCEEDED", ((JsonString)body["status"]).Value);
        Assert.Equal("""{"approved":true}""", ((JsonString)body["output"]).Value);
    }

    [Fact]
    public async Task Run_MockWithBothResultAndError_IsValidationException()
    {
        await using var api = await InMemoryApi.StartAsync();

        (await api.CallAsync(
            "TestState",
            ("definition", ChargeTask),
            ("mock", JsonObject.Of(("result", "{}"), ("errorOutput", JsonObject.Of(("error", "E"))))))).Fails("ValidationException");
    }

    [Fact]
    public async Task Run_ContextWithoutMock_IsValidationException()
    {
        await using var api = await InMemoryApi.StartAsync();

        (await api.CallAsync("TestState", ("definition", """{"Type":"Pass","End":true}"""), ("context", "{}"))).Fails("ValidationException");
    }

    [Fact]
    public async Task Run_InputNotJson_IsInvalidExecutionInput()
    {
        await using var api = await InMemoryApi.StartAsync();

        (await api.CallAsync("TestState", ("definition", """{"Type":"Pass","End":true}"""), ("input", "{nope"))).Fails("InvalidExecutionInput");
    }

    [Fact]
    public async Task Run_StateNameNotInTheMachine_IsValidationException()
    {
        await using var api = await InMemoryApi.StartAsync();

        (await api.CallAsync("TestState", ("definition", InMemoryApi.StandardDefinition), ("stateName", "Nope"))).Fails("ValidationException");
    }

    [Fact]
    public async Task Run_StateWithoutType_IsInvalidDefinition()
    {
        await using var api = await InMemoryApi.StartAsync();

        (await api.CallAsync("TestState", ("definition", """{"Next":"X"}"""))).Fails("InvalidDefinition");
    }

    [Fact]
    public async Task Run_ContextWithMock_NamesTheExecutionInTheContextObject()
    {
        await using var api = await InMemoryApi.StartAsync();

        var body = (await api.CallAsync(
            "TestState",
            ("definition", """{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","ResultSelector":{"execution.$":"$$.Execution.Name"},"End":true}"""),
            ("mock", JsonObject.Of(("result", "{}"))),
            ("context", """{"Execution":{"Name":"checkout-42"}}"""))).Ok();

        Assert.Equal("""{"execution":"checkout-42"}""", ((JsonString)body["output"]).Value);
    }

    [Fact]
    public async Task Run_TaskAnsweredByAHostBackend_UsesIt()
    {
        var backend = new InProcessTaskBackend().ForResource("arn:aws:states:::lambda:invoke", i => JsonObject.Of(("echo", i.Parameters)));
        await using var api = await InMemoryApi.StartAsync(new ServerOptions { TimeScale = 0, TaskBackends = _ => [backend] });

        var body = (await api.CallAsync("TestState", ("definition", """{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","End":true}"""), ("input", "[1]"))).Ok();

        Assert.Equal("""{"echo":[1]}""", ((JsonString)body["output"]).Value);
    }

    [Fact]
    public async Task Run_HostBackendThrows_IsAFailedStateNotAServerError()
    {
        await using var api = await InMemoryApi.StartAsync(new ServerOptions { TimeScale = 0, TaskBackends = _ => [new ThrowingBackend()] });

        var body = (await api.CallAsync("TestState", ("definition", """{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","End":true}"""))).Ok();

        Assert.Equal("FAILED", ((JsonString)body["status"]).Value);
        Assert.Contains("backend broke", body.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_StateNamedLikeTheVariablesState_StillGetsItsVariables()
    {
        await using var api = await InMemoryApi.StartAsync();
        const string Machine = """{"StartAt":"TestState.Variables","States":{"TestState.Variables":{"Type":"Pass","Parameters":{"v.$":"$v"},"End":true}}}""";

        var body = (await api.CallAsync("TestState", ("definition", Machine), ("stateName", "TestState.Variables"), ("variables", """{"v":5}"""))).Ok();

        Assert.Equal("""{"v":5}""", ((JsonString)body["output"]).Value);
    }

    private sealed class ThrowingBackend : ITaskBackend
    {
        public ValueTask<TaskOutcome?> InvokeAsync(TaskInvocation invocation) => throw new InvalidOperationException("backend broke");
    }
}
