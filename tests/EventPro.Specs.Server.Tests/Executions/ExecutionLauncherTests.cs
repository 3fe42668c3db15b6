using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Executions;
using EventPro.Specs.Server.Hosting;
using EventPro.Specs.Server.Registry;
using EventPro.Specs.Server.Tests.Support;

namespace EventPro.Specs.Server.Tests.Executions;

public class ExecutionLauncherTests
{
    private const string WaitAnHour = """{"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":3600,"End":true}}}""";

    [Fact]
    public async Task Launch_VirtualTime_CompletesTheRecordWithHistory()
    {
        using var launcher = new ExecutionLauncher(new ServerOptions { TimeScale = 0 }, new Engine.Integrations.TaskTokens());
        var record = TestRecords.Execution(WaitAnHour);

        launcher.Launch(record, null, keepHistory: true);

        var outcome = await record.Completion.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.Equal(ExecutionStatus.Succeeded, outcome.Status);
        Assert.Equal(record.StartDate.AddHours(1), outcome.StopDate);
        Assert.Equal(4, outcome.Events.Count);
        Assert.Equal(outcome.Events, record.History.Snapshot());
    }

    [Fact]
    public async Task Launch_WithoutKeepingHistory_DropsTheEvents()
    {
        using var launcher = new ExecutionLauncher(new ServerOptions { TimeScale = 0 }, new Engine.Integrations.TaskTokens());
        var record = TestRecords.Execution(WaitAnHour);

        launcher.Launch(record, null, keepHistory: false);

        Assert.Empty((await record.Completion.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken)).Events);
        Assert.Equal(0, record.History.Count);
    }

    [Fact]
    public async Task Dispose_RunningRealTimeExecutions_StopsThemAborted()
    {
        var launcher = new ExecutionLauncher(new ServerOptions(), new Engine.Integrations.TaskTokens());
        var records = Enumerable.Range(0, 3).Select(_ => TestRecords.Execution(WaitAnHour)).ToList();
        foreach (var record in records)
        {
            launcher.Launch(record, null, keepHistory: true);
        }

        Assert.Equal(3, launcher.RunningCount);
        launcher.Dispose();

        foreach (var record in records)
        {
            var outcome = await record.Completion.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
            Assert.Equal(ExecutionStatus.Aborted, outcome.Status);
        }

        Assert.Equal(0, launcher.RunningCount);
        Assert.Throws<ObjectDisposedException>(() => launcher.Launch(TestRecords.Execution(WaitAnHour), null, keepHistory: true));
    }

    [Fact]
    public void OptionsFor_Record_CarriesItsIdentityRoleAndStopToken()
    {
        using var launcher = new ExecutionLauncher(new ServerOptions { TimeScale = 10 }, new Engine.Integrations.TaskTokens());
        var record = TestRecords.Execution(WaitAnHour);

        var options = launcher.OptionsFor(record, null);

        Assert.Equal(("run", "M", "eu-west-1", "111122223333", "arn:aws:iam::1:role/r"), (options.Name, options.StateMachineName, options.Region, options.AccountId, options.RoleArn));
        Assert.Equal(record.StopToken, options.Cancellation);
        Assert.Equal(10, options.TimeScale);
    }

    [Fact]
    public async Task Launch_TaskCallingSfnSendTaskSuccess_AnswersATokenOfAnotherServerExecution()
    {
        // As SendTaskSuccess through the API: the answering execution's Task reaches the server's broker.
        await using var api = await InMemoryApi.StartAsync(CallbackExecutions.Options());
        var (waiting, token) = await CallbackExecutions.StartAsync(api);
        var answerer = await api.CreateStateMachineAsync("Answerer", """
            {"StartAt":"Approve","States":{"Approve":{"Type":"Task","Resource":"arn:aws:states:::aws-sdk:sfn:sendTaskSuccess",
             "Parameters":{"TaskToken.$":"$.token","Output.$":"States.JsonToString($.verdict)"},"End":true}}}
            """);
        var input = JsonObject.Of(("token", token), ("verdict", JsonObject.Of(("approved", true)))).ToJson();

        var answering = await api.StartExecutionAsync(answerer, input, "first");

        var answered = await api.WaitForEndAsync(answering);
        Assert.Equal("SUCCEEDED", ((JsonString)answered["status"]).Value);
        Assert.Equal("{}", ((JsonString)answered["output"]).Value);
        var described = await api.WaitForEndAsync(waiting);
        Assert.Equal("SUCCEEDED", ((JsonString)described["status"]).Value);
        Assert.Equal(JsonObject.Of(("approved", true)), JsonValue.Parse(((JsonString)described["output"]).Value));

        // The task is closed now: a second answer fails the calling Task as AWS names it for aws-sdk integrations.
        var late = await api.WaitForEndAsync(await api.StartExecutionAsync(answerer, input, "second"));
        Assert.Equal("FAILED", ((JsonString)late["status"]).Value);
        Assert.Equal("Sfn.TaskTimedOutException", ((JsonString)late["error"]).Value);
    }
}
