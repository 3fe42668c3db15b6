using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Integrations.Nested;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Tests.Integrations.Nested;

/// <summary>states:startExecution in its three patterns, with the child run on the parent's engine and clock.</summary>
public class StartExecutionBackendTests
{
    private const string ChildArn = "arn:aws:states:us-east-1:123456789012:stateMachine:child";

    private const string WaitingChild = """
        { "StartAt": "Hold", "States": {
            "Hold": { "Type": "Wait", "Seconds": 30, "Next": "Done" },
            "Done": { "Type": "Pass", "Parameters": { "doubled.$": "States.MathAdd($.n, $.n)" }, "End": true } } }
        """;

    private const string FailingChild = """
        { "StartAt": "Boom", "States": { "Boom": { "Type": "Fail", "Error": "Child.Broken", "Cause": "no seats" } } }
        """;

    private static string Parent(string resource, string extra = "") => $$"""
        { "StartAt": "StartChild", "States": { "StartChild": { "Type": "Task", "Resource": "{{resource}}",
            "Parameters": { "StateMachineArn": "{{ChildArn}}", "Name": "child-run",
              "Input": { "n.$": "$.n", "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$": "$$.Execution.Id" } }{{extra}},
            "End": true } } }
        """;

    private static ExecutionResult Run(string parent, string child, ITaskBackend? first = null)
    {
        var catalog = new StateMachineCatalog().Add("child", StateMachine.Parse(child));
        ITaskBackend[] backends = first is null ? [new StartExecutionBackend(catalog)] : [first, new StartExecutionBackend(catalog)];
        return new StepFunctionsEngine(backends).Execute(StateMachine.Parse(parent), JsonValue.Parse("{\"n\":21}"), new ExecutionOptions { Name = "parent-run", StateMachineName = "parent" });
    }

    [Fact]
    public void SyncV2_SucceededChild_ReturnsDescribeExecutionWithJsonOutputAfterTheChildsWait()
    {
        var result = Run(Parent("arn:aws:states:::states:startExecution.sync:2"), WaitingChild);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        var output = (JsonObject)result.Output!;
        Assert.Equal("{\"doubled\":42}", output["Output"].ToJson());
        Assert.Equal("SUCCEEDED", ((JsonString)output["Status"]).Value);
        Assert.Equal("arn:aws:states:us-east-1:123456789012:execution:child:child-run", ((JsonString)output["ExecutionArn"]).Value);
        Assert.Equal(ChildArn, ((JsonString)output["StateMachineArn"]).Value);
        Assert.Equal(21, ((JsonNumber)((JsonObject)output["Input"])["n"]).Value);
        // The child's 30-second wait advanced the clock the parent runs on.
        Assert.Equal(TimeSpan.FromSeconds(30), result.StopDate - result.StartDate);
        var startMillis = ((JsonNumber)output["StartDate"]).Value;
        var stopMillis = ((JsonNumber)output["StopDate"]).Value;
        Assert.Equal(30_000, stopMillis - startMillis);
    }

    [Fact]
    public void WaitForTaskToken_StartsTheChild_ThenTheTaskEndsWithTheTokensAnswer()
    {
        // connect-stepfunctions: .waitForTaskToken starts the child and waits for SendTaskSuccess on the token
        // the parent passed in; the child's own end does not end the task.
        var parent = $$"""
            { "StartAt": "StartChild", "States": { "StartChild": { "Type": "Task", "Resource": "arn:aws:states:::states:startExecution.waitForTaskToken",
                "Parameters": { "StateMachineArn": "{{ChildArn}}", "Name": "child-run", "Input": { "n.$": "$.n", "token.$": "$$.Task.Token" } },
                "End": true } } }
            """;
        var catalog = new StateMachineCatalog().Add("child", StateMachine.Parse(WaitingChild));
        var tokens = new TaskTokens().RespondTo("StartChild", CallbackResponse.Succeeds(JsonValue.Parse("{\"approved\":true}"), TimeSpan.FromHours(2)));
        var result = new StepFunctionsEngine(new StartExecutionBackend(catalog)).Execute(
            StateMachine.Parse(parent), JsonValue.Parse("{\"n\":21}"), new ExecutionOptions { Name = "parent-run", StateMachineName = "parent", TaskTokens = tokens });

        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Error}: {result.Cause}");
        Assert.Equal("{\"approved\":true}", result.Output!.ToJson());
        var child = Assert.Single(result.ChildExecutions);
        Assert.Equal("waitForTaskToken", child.Pattern);
        Assert.Equal(ExecutionStatus.Succeeded, child.Result.Status);
        var token = tokens.IssuedTokens.Single().Token;
        Assert.Equal(token, ((JsonString)((JsonObject)child.Result.Input)["token"]).Value);
        var submitted = result.Events.Single(e => e.Type == HistoryEventType.TaskSubmitted);
        Assert.Equal("arn:aws:states:us-east-1:123456789012:execution:child:child-run", ((JsonString)((JsonObject)submitted.Output!)["ExecutionArn"]).Value);
        Assert.Equal(TimeSpan.FromHours(2), result.StopDate - result.StartDate);
    }

    [Fact]
    public void Sync_SucceededChild_ReturnsInputAndOutputAsJsonStrings()
    {
        var result = Run(Parent("arn:aws:states:::states:startExecution.sync"), WaitingChild);

        var output = (JsonObject)result.Output!;
        Assert.Equal("{\"doubled\":42}", ((JsonString)output["Output"]).Value);
        Assert.IsType<JsonString>(output["Input"]);
    }

    [Fact]
    public void Sync_RecordsScheduledStartedSubmittedSucceeded()
    {
        var result = Run(Parent("arn:aws:states:::states:startExecution.sync:2"), WaitingChild);

        var taskEvents = result.Events.Where(e => e.Type.ToString().StartsWith("Task", StringComparison.Ordinal) && e.Type != HistoryEventType.TaskStateEntered && e.Type != HistoryEventType.TaskStateExited).ToList();
        Assert.Equal([HistoryEventType.TaskScheduled, HistoryEventType.TaskStarted, HistoryEventType.TaskSubmitted, HistoryEventType.TaskSucceeded], taskEvents.Select(e => e.Type));
        Assert.All(taskEvents, e => Assert.Equal("states", e.ResourceType));
        Assert.All(taskEvents, e => Assert.Equal("startExecution.sync:2", e.Resource));
        var submitted = (JsonObject)taskEvents[2].Output!;
        Assert.Equal(["ExecutionArn", "StartDate"], submitted.Keys);
        // Submitted when the child started, succeeded when it ended 30 s later.
        Assert.Equal(TimeSpan.FromSeconds(30), taskEvents[3].Timestamp - taskEvents[2].Timestamp);
    }

    [Fact]
    public void RequestResponse_ReturnsArnAndStartDateWithoutWaiting_AndTheChildStillRuns()
    {
        var result = Run(Parent("arn:aws:states:::states:startExecution"), WaitingChild);

        var output = (JsonObject)result.Output!;
        Assert.Equal(["ExecutionArn", "StartDate"], output.Keys);
        Assert.DoesNotContain(result.Events, e => e.Type == HistoryEventType.TaskSubmitted);
        Assert.Equal(TimeSpan.Zero, result.StopDate - result.StartDate);
        var child = Assert.Single(result.ChildExecutions);
        Assert.Equal(ExecutionStatus.Succeeded, child.Result.Status);
        Assert.Equal(TimeSpan.FromSeconds(30), child.Result.StopDate - child.Result.StartDate);
        Assert.Null(child.Pattern);
    }

    [Fact]
    public void Sync_FailedChild_FailsTheTaskWithTaskFailedAndTheDescriptionAsCause()
    {
        var result = Run(Parent("arn:aws:states:::states:startExecution.sync"), FailingChild);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("States.TaskFailed", result.Error);
        var cause = (JsonObject)JsonValue.Parse(result.Cause!);
        Assert.Equal("FAILED", ((JsonString)cause["Status"]).Value);
        Assert.Equal("Child.Broken", ((JsonString)cause["Error"]).Value);
        Assert.Equal("no seats", ((JsonString)cause["Cause"]).Value);
        Assert.False(cause.ContainsKey("Output"));
        Assert.Contains(result.Events, e => e.Type == HistoryEventType.TaskFailed && e.Error == "States.TaskFailed");
    }

    [Fact]
    public void Sync_TimedOutChild_FailsTheTaskWithTheTimedOutDescription()
    {
        const string slowChild = """{ "TimeoutSeconds": 5, "StartAt": "Hold", "States": { "Hold": { "Type": "Wait", "Seconds": 60, "End": true } } }""";

        var result = Run(Parent("arn:aws:states:::states:startExecution.sync:2"), slowChild);

        Assert.Equal("States.TaskFailed", result.Error);
        Assert.Equal("TIMED_OUT", ((JsonString)((JsonObject)JsonValue.Parse(result.Cause!))["Status"]).Value);
        Assert.Equal(TimeSpan.FromSeconds(5), result.StopDate - result.StartDate);
    }

    [Fact]
    public void ChildExecutions_KeepTheChildHistoryAndTheStartedByExecutionId()
    {
        var result = Run(Parent("arn:aws:states:::states:startExecution.sync:2"), WaitingChild);

        var child = Assert.Single(result.ChildExecutions);
        Assert.Equal("StartChild", child.StateName);
        Assert.Equal("sync:2", child.Pattern);
        Assert.Equal(result.Info.Arn, child.StartedByExecutionId);
        Assert.Equal("child-run", child.Result.Info.Name);
        Assert.Equal(["Hold", "Done"], child.Result.Path);
        Assert.Equal(HistoryEventType.ExecutionStarted, child.Result.Events[0].Type);
    }

    [Fact]
    public void UnknownStateMachine_FailsWithStateMachineDoesNotExist()
    {
        var parent = Parent("arn:aws:states:::states:startExecution.sync").Replace(":child\"", ":missing\"", StringComparison.Ordinal);

        var result = Run(parent, WaitingChild);

        Assert.Equal("StepFunctions.StateMachineDoesNotExistException", result.Error);
        Assert.Contains("arn:aws:states:us-east-1:123456789012:stateMachine:missing", result.Cause, StringComparison.Ordinal);
        Assert.Empty(result.ChildExecutions);
    }

    [Fact]
    public void SameNameTwice_FailsTheSecondStartWithExecutionAlreadyExists()
    {
        const string twice = """
            { "StartAt": "First", "States": {
                "First": { "Type": "Task", "Resource": "arn:aws:states:::states:startExecution",
                  "Parameters": { "StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:child", "Name": "same", "Input": { "n": 1 } }, "ResultPath": null, "Next": "Second" },
                "Second": { "Type": "Task", "Resource": "arn:aws:states:::states:startExecution",
                  "Parameters": { "StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:child", "Name": "same", "Input": { "n": 1 } }, "End": true } } }
            """;

        var result = Run(twice, WaitingChild);

        Assert.Equal("StepFunctions.ExecutionAlreadyExistsException", result.Error);
        Assert.Contains("execution:child:same", result.Cause, StringComparison.Ordinal);
        Assert.Single(result.ChildExecutions);
    }

    [Fact]
    public void MalformedArn_FailsWithInvalidArn()
    {
        var parent = Parent("arn:aws:states:::states:startExecution").Replace(ChildArn, "not-an-arn", StringComparison.Ordinal);

        var result = Run(parent, WaitingChild);

        Assert.Equal("StepFunctions.InvalidArnException", result.Error);
    }

    [Fact]
    public void AnEarlierBackendAnswers_NoChildRuns()
    {
        var mock = new InProcessTaskBackend().ForState("StartChild", _ => JsonValue.Parse("{\"mocked\":true}"));

        var result = Run(Parent("arn:aws:states:::states:startExecution.sync:2"), WaitingChild, mock);

        Assert.Equal("{\"mocked\":true}", result.Output!.ToJson());
        Assert.Empty(result.ChildExecutions);
    }

    [Fact]
    public void Observer_IsToldOfTheChildsStartAndEnd()
    {
        var observer = new RecordingObserver();
        var catalog = new StateMachineCatalog().Add("child", StateMachine.Parse(WaitingChild));
        var engine = new StepFunctionsEngine(new StartExecutionBackend(catalog));

        engine.Execute(StateMachine.Parse(Parent("arn:aws:states:::states:startExecution")), JsonValue.Parse("{\"n\":1}"), new ExecutionOptions { ChildExecutionObserver = observer });

        Assert.Equal(["started child-run", "ended child-run SUCCEEDED"], observer.Seen);
    }

    [Fact]
    public void ExecutionObserver_TerminalEventRecordedBeforeItsRequestResponseChildEnds_FinishedAfter()
    {
        var seen = new List<string>();
        var observer = new EndsObserver(seen);
        var catalog = new StateMachineCatalog().Add("child", StateMachine.Parse(WaitingChild));

        var result = new StepFunctionsEngine(new StartExecutionBackend(catalog)).Execute(
            StateMachine.Parse(Parent("arn:aws:states:::states:startExecution")),
            JsonValue.Parse("{\"n\":1}"),
            new ExecutionOptions { Observer = observer, ChildExecutionObserver = new RecordingObserver(seen) });

        Assert.Equal(["started child-run", "terminal event SUCCEEDED, 0 children", "ended child-run SUCCEEDED", "finished SUCCEEDED, 1 children"], seen);
        var terminal = observer.Terminal!;
        Assert.Equal(HistoryEventType.ExecutionSucceeded, terminal.Events[^1].Type);
        Assert.Equal(result.StopDate, terminal.StopDate);
        Assert.Equal(result.Events, terminal.Events);
    }

    private sealed class EndsObserver(List<string> seen) : IExecutionObserver
    {
        public ExecutionResult? Terminal { get; private set; }

        public void EventRecorded(HistoryEvent e)
        {
        }

        public void TerminalEventRecorded(ExecutionResult result)
        {
            Terminal = result;
            seen.Add($"terminal event {result.StatusName}, {result.ChildExecutions.Count} children");
        }

        public void ExecutionFinished(ExecutionResult result) => seen.Add($"finished {result.StatusName}, {result.ChildExecutions.Count} children");
    }

    [Fact]
    public void SyncV2_ChildThatStartsAGrandchildWithoutWaiting_EndsTheParentsTaskAtTheChildsOwnEnd()
    {
        // AWS: a child's status is its own (SUCCEEDED once its terminal event is recorded), so .sync
        // goes on then, though the grandchild the child started without waiting still runs for an hour.
        const string grandchild = """{ "StartAt": "Hold", "States": { "Hold": { "Type": "Wait", "Seconds": 3600, "End": true } } }""";
        const string child = """
            { "StartAt": "Brief", "States": {
                "Brief": { "Type": "Wait", "Seconds": 30, "Next": "StartCourier" },
                "StartCourier": { "Type": "Task", "Resource": "arn:aws:states:::states:startExecution",
                  "Parameters": { "StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:courier", "Name": "courier-run" }, "End": true } } }
            """;
        var observer = new RecordingObserver();
        var catalog = new StateMachineCatalog().Add("child", StateMachine.Parse(child)).Add("courier", StateMachine.Parse(grandchild));

        var result = new StepFunctionsEngine(new StartExecutionBackend(catalog)).Execute(
            StateMachine.Parse(Parent("arn:aws:states:::states:startExecution.sync:2")), JsonValue.Parse("{\"n\":1}"), new ExecutionOptions { ChildExecutionObserver = observer });

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(TimeSpan.FromSeconds(30), result.StopDate - result.StartDate);
        var ownChild = Assert.Single(result.ChildExecutions);
        Assert.Equal(TimeSpan.FromSeconds(30), ownChild.Result.StopDate - ownChild.Result.StartDate);
        var courier = Assert.Single(ownChild.Result.ChildExecutions);
        Assert.Equal(TimeSpan.FromSeconds(3600), courier.Result.StopDate - courier.Result.StartDate);
        Assert.Equal(["started child-run", "started courier-run", "ended child-run SUCCEEDED", "ended courier-run SUCCEEDED"], observer.Seen);
    }

    private sealed class RecordingObserver(List<string>? seen = null) : IChildExecutionObserver
    {
        public List<string> Seen { get; } = seen ?? [];

        public CancellationToken Started(ExecutionInfo child, JsonValue input, DateTimeOffset startDate)
        {
            Seen.Add($"started {child.Name}");
            return CancellationToken.None;
        }

        public void Ended(ChildExecution child) => Seen.Add($"ended {child.Result.Info.Name} {child.Result.StatusName}");
    }
}
