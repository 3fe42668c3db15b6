using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Integrations.Nested;
using EventPro.Specs.Engine.Integrations.Sfn;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Tests.Integrations.Sfn;

/// <summary>
/// aws-sdk:sfn:sendTaskSuccess, sendTaskFailure and sendTaskHeartbeat answering callback tokens: a child
/// answering the parent that waits for it (the Fixtures pair), and an execution answering another one.
/// </summary>
public class SfnTaskTokenBackendTests
{
    private const string ChildArn = "arn:aws:states:us-east-1:123456789012:stateMachine:approval-child";

    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Integrations", "Sfn", "Fixtures");

    /// <summary>Runs the fixture parent with <paramref name="child"/> (default the fixture child), without a TaskTokens of the caller's: the parent's private broker serves the child too.</summary>
    private static ExecutionResult RunParent(string decision, StateMachine? child = null)
    {
        var catalog = new StateMachineCatalog().Add("approval-child", child ?? StateMachine.Load(Path.Combine(Fixtures, "approval-child.asl.json")));
        var engine = new StepFunctionsEngine(new StartExecutionBackend(catalog), new SfnTaskTokenBackend());
        return engine.Execute(
            StateMachine.Load(Path.Combine(Fixtures, "approval-parent.asl.json")),
            JsonObject.Of(("orderId", "o-1"), ("decision", decision)),
            new ExecutionOptions { Name = "parent-run" });
    }

    /// <summary>Runs a single Task calling <paramref name="resource"/> with <paramref name="parameters"/> on its own.</summary>
    private static ExecutionResult RunCall(string resource, string parameters, TaskTokens? tokens = null) =>
        new StepFunctionsEngine(new SfnTaskTokenBackend()).Execute(
            StateMachine.Parse($$"""{ "StartAt": "Call", "States": { "Call": { "Type": "Task", "Resource": "{{resource}}", "Parameters": {{parameters}}, "End": true } } }"""),
            JsonObject.Empty,
            new ExecutionOptions { TaskTokens = tokens });

    private static string Stranger => Convert.ToBase64String(new byte[96]);

    [Fact]
    public void SendTaskSuccess_FromTheChild_ParentSucceedsWithTheOutputParsed_AndTheCallReturnsAnEmptyObject()
    {
        var result = RunParent("approve");

        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Error}: {result.Cause}");
        Assert.Equal("""{"orderId":"o-1","approved":true}""", result.Output!.ToJson());
        var child = Assert.Single(result.ChildExecutions).Result;
        Assert.Equal(ExecutionStatus.Succeeded, child.Status);
        // SendTaskSuccess's response has no members: the call's result is {}.
        Assert.Equal("{}", child.Output!.ToJson());
        var call = child.Events.Single(e => e.Type == HistoryEventType.TaskSucceeded);
        Assert.Equal("aws-sdk:sfn", call.ResourceType);
        Assert.Equal("sendTaskSuccess", call.Resource);
    }

    [Fact]
    public void SendTaskFailure_FromTheChild_ParentFailsWithTheGivenErrorAndCause()
    {
        var result = RunParent("reject");

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("Approval.Rejected", result.Error);
        Assert.Equal("order o-1 was rejected", result.Cause);
        Assert.Equal(ExecutionStatus.Succeeded, Assert.Single(result.ChildExecutions).Result.Status);
    }

    [Fact]
    public void SendTaskHeartbeat_FromTheChild_KeepsTheParentWaitingPastItsHeartbeatSeconds()
    {
        var result = RunParent("slow");

        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Error}: {result.Cause}");
        // 80 s of review against HeartbeatSeconds 60: only the heartbeat at 40 s kept the task alive.
        Assert.Equal(TimeSpan.FromSeconds(80), result.StopDate - result.StartDate);
        var heartbeat = Assert.Single(result.ChildExecutions).Result.Events.Single(e => e.Type == HistoryEventType.TaskSucceeded && e.Resource == "sendTaskHeartbeat");
        Assert.Equal("{}", heartbeat.Output!.ToJson());
    }

    [Fact]
    public void WithoutTheHeartbeat_TheSameReviewTimesTheParentOut()
    {
        var silentChild = StateMachine.Parse("""
            { "StartAt": "Review", "States": {
                "Review": { "Type": "Wait", "Seconds": 80, "Next": "Approve" },
                "Approve": { "Type": "Task", "Resource": "arn:aws:states:::aws-sdk:sfn:sendTaskSuccess",
                  "Parameters": { "TaskToken.$": "$.taskToken", "Output": "{}" },
                  "Catch": [ { "ErrorEquals": [ "States.ALL" ], "ResultPath": "$.late", "Next": "Late" } ], "End": true },
                "Late": { "Type": "Pass", "End": true } } }
            """);

        var result = RunParent("slow", silentChild);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("States.HeartbeatTimeout", result.Error);
        // The child's answer came after the task timed out: AWS answers a closed task's token with TaskTimedOut.
        var child = Assert.Single(result.ChildExecutions).Result;
        Assert.Equal("Sfn.TaskTimedOutException", ((JsonString)((JsonObject)((JsonObject)child.Output!)["late"])["Error"]).Value);
    }

    [Fact]
    public void SendTaskSuccess_JsonataArguments_AnswerTheParentLikeParameters()
    {
        var jsonataChild = StateMachine.Parse("""
            { "QueryLanguage": "JSONata", "StartAt": "Approve", "States": {
                "Approve": { "Type": "Task", "Resource": "arn:aws:states:::aws-sdk:sfn:sendTaskSuccess",
                  "Arguments": { "TaskToken": "{% $states.input.taskToken %}", "Output": "{% $string({'orderId': $states.input.orderId, 'via': 'jsonata'}) %}" },
                  "End": true } } }
            """);

        var result = RunParent("approve", jsonataChild);

        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Error}: {result.Cause}");
        Assert.Equal("""{"orderId":"o-1","via":"jsonata"}""", result.Output!.ToJson());
    }

    [Fact]
    public void SendTaskSuccess_TokenAlreadyAnswered_FailsTheCallWithTaskTimedOut()
    {
        var twiceChild = StateMachine.Parse("""
            { "StartAt": "Approve", "States": {
                "Approve": { "Type": "Task", "Resource": "arn:aws:states:::aws-sdk:sfn:sendTaskSuccess",
                  "Parameters": { "TaskToken.$": "$.taskToken", "Output": "{\"first\":true}" }, "ResultPath": null, "Next": "ApproveAgain" },
                "ApproveAgain": { "Type": "Task", "Resource": "arn:aws:states:::aws-sdk:sfn:sendTaskSuccess",
                  "Parameters": { "TaskToken.$": "$.taskToken", "Output": "{\"second\":true}" }, "End": true } } }
            """);

        var result = RunParent("approve", twiceChild);

        // API reference, SendTaskSuccess: TaskTimedOut is "the task associated with the token has already been closed".
        Assert.Equal("""{"first":true}""", result.Output!.ToJson());
        var child = Assert.Single(result.ChildExecutions).Result;
        Assert.Equal(ExecutionStatus.Failed, child.Status);
        Assert.Equal("Sfn.TaskTimedOutException", child.Error);
        Assert.StartsWith("Task Timed Out: 'Provided task does not exist anymore' (Service: Sfn, Status Code: 400, Request ID: ", child.Cause, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sendTaskSuccess", """{ "TaskToken": "not-a-token", "Output": "{}" }""")]
    [InlineData("sendTaskFailure", """{ "TaskToken": "not-a-token", "Error": "E" }""")]
    [InlineData("sendTaskHeartbeat", """{ "TaskToken": "not-a-token" }""")]
    public void Call_NotAToken_FailsTheTaskWithSfnInvalidTokenException(string action, string parameters)
    {
        var result = RunCall($"arn:aws:states:::aws-sdk:sfn:{action}", parameters);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("Sfn.InvalidTokenException", result.Error);
        Assert.StartsWith("Invalid Token: 'Invalid token' (Service: Sfn, Status Code: 400, Request ID: ", result.Cause, StringComparison.Ordinal);
        Assert.Contains(result.Events, e => e.Type == HistoryEventType.TaskFailed && e.Error == "Sfn.InvalidTokenException");
    }

    [Fact]
    public void SendTaskHeartbeat_WellFormedTokenNoTaskWasGiven_FailsWithSfnTaskDoesNotExistException()
    {
        var result = RunCall("arn:aws:states:::aws-sdk:sfn:sendTaskHeartbeat", $$"""{ "TaskToken": "{{Stranger}}" }""");

        Assert.Equal("Sfn.TaskDoesNotExistException", result.Error);
        Assert.StartsWith("Task Does Not Exist: 'Provided task does not exist' (Service: Sfn, ", result.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void SendTaskSuccess_OutputNotJson_FailsWithSfnInvalidOutputException_AndACatchCanTakeIt()
    {
        var result = new StepFunctionsEngine(new SfnTaskTokenBackend()).Execute(StateMachine.Parse($$"""
            { "StartAt": "Call", "States": {
                "Call": { "Type": "Task", "Resource": "arn:aws:states:::aws-sdk:sfn:sendTaskSuccess",
                  "Parameters": { "TaskToken": "{{Stranger}}", "Output": "{not json" },
                  "Catch": [ { "ErrorEquals": [ "Sfn.InvalidOutputException" ], "Next": "Caught" } ], "End": true },
                "Caught": { "Type": "Pass", "End": true } } }
            """), JsonObject.Empty);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        var error = (JsonObject)result.Output!;
        Assert.Equal("Sfn.InvalidOutputException", ((JsonString)error["Error"]).Value);
        Assert.StartsWith("Invalid Output: '", ((JsonString)error["Cause"]).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void SendTaskSuccess_OutputAsJsonNotText_CannotStartTheTask()
    {
        var result = RunCall("arn:aws:states:::aws-sdk:sfn:sendTaskSuccess", $$"""{ "TaskToken": "{{Stranger}}", "Output": { "approved": true } }""");

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("States.Runtime", result.Error);
        Assert.Contains("could not be used to start the Task: [The value for the field 'Output' must be a STRING]", result.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void SendTaskSuccess_WithoutTaskToken_CannotStartTheTask()
    {
        var result = RunCall("arn:aws:states:::aws-sdk:sfn:sendTaskSuccess", """{ "Output": "{}" }""");

        Assert.Equal("States.Runtime", result.Error);
        Assert.Contains("[The field 'TaskToken' is required]", result.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void SendTaskSuccess_OutputOverTheApiLimit_FailsWithSfnValidationException()
    {
        var big = new string('x', SfnTaskTokenBackend.MaxOutputBytes);
        var result = RunCall("arn:aws:states:::aws-sdk:sfn:sendTaskSuccess", $$"""{ "TaskToken": "{{Stranger}}", "Output": "\"{{big}}\"" }""");

        Assert.Equal("Sfn.ValidationException", result.Error);
        Assert.Contains("Member must have length less than or equal to 262144", result.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendTaskSuccess_FromAnIndependentExecution_SharingTheBroker_EndsTheWaitingExecution()
    {
        var tokens = new TaskTokens();
        var issued = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        tokens.Issued += t => issued.TrySetResult(t.Token);
        var waiting = StateMachine.Parse("""
            { "StartAt": "WaitForApproval", "States": { "WaitForApproval": { "Type": "Task",
                "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                "Parameters": { "QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/approvals", "MessageBody": { "token.$": "$$.Task.Token" } },
                "End": true } } }
            """);
        var answering = StateMachine.Parse("""
            { "StartAt": "Approve", "States": { "Approve": { "Type": "Task", "Resource": "arn:aws:states:::aws-sdk:sfn:sendTaskSuccess",
                "Parameters": { "TaskToken.$": "$.token", "Output": "{\"approvedBy\":\"another execution\"}" }, "End": true } } }
            """);
        var queue = new InProcessTaskBackend().ForState("WaitForApproval", _ => JsonObject.Of(("MessageId", "m-1")));
        var engine = new StepFunctionsEngine(queue, new SfnTaskTokenBackend());

        var first = engine.ExecuteAsync(waiting, JsonObject.Empty, new ExecutionOptions { Name = "waiting", TaskTokens = tokens });
        var token = await issued.Task.WaitAsync(TestContext.Current.CancellationToken);
        var second = engine.Execute(answering, JsonObject.Of(("token", token)), new ExecutionOptions { Name = "answering", TaskTokens = tokens });
        var result = await first.WaitAsync(TestContext.Current.CancellationToken);

        Assert.True(second.Status == ExecutionStatus.Succeeded, $"{second.Error}: {second.Cause}");
        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Error}: {result.Cause}");
        Assert.Equal("""{"approvedBy":"another execution"}""", result.Output!.ToJson());
        Assert.Empty(tokens.PendingTokens);
    }

    [Theory]
    [InlineData("arn:aws:states:::aws-sdk:sfn:sendTaskSuccess", true)]
    [InlineData("arn:aws:states:::aws-sdk:sfn:sendTaskFailure", true)]
    [InlineData("arn:aws:states:::aws-sdk:sfn:sendTaskHeartbeat", true)]
    [InlineData("arn:aws:states:::aws-sdk:sfn:startExecution", false)]
    [InlineData("arn:aws:states:::states:startExecution", false)]
    [InlineData("arn:aws:states:::aws-sdk:sqs:sendMessage", false)]
    public void Handles_OnlyTheTaskTokenCalls(string resource, bool handled) =>
        Assert.Equal(handled, SfnTaskTokenBackend.Handles(ResourceKind.Of(resource)));
}
