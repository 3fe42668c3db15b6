using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Tests.Execution;

namespace EventPro.Specs.Engine.Tests.States.Task;

/// <summary>Callback tasks (<c>.waitForTaskToken</c>): the token, the TaskSubmitted event, answers, heartbeats and timeouts.</summary>
public class CallbackTaskTests
{
    private const string SqsResource = "arn:aws:states:::sqs:sendMessage.waitForTaskToken";

    private static readonly InProcessTaskBackend Sqs = new InProcessTaskBackend()
        .ForResource(SqsResource, _ => JsonObject.Of(("MessageId", "m-1")));

    private static string Approval(string extra = "") => $$"""
        {
          "StartAt": "WaitForApproval",
          "States": {
            "WaitForApproval": {
              "Type": "Task", "Resource": "{{SqsResource}}",
              "Parameters": { "QueueUrl": "q", "MessageBody": { "token.$": "$$.Task.Token", "order.$": "$.order" } }{{extra}},
              "End": true
            }
          }
        }
        """;

    private static ExecutionResult Run(string definition, TaskTokens tokens, ITaskBackend? backend = null, string input = """{"order":"o-1"}""") =>
        Machines.Run(definition, input, backend ?? Sqs, new ExecutionOptions { TaskTokens = tokens });

    [Fact]
    public void SendTaskSuccess_TaskSucceedsWithTheOutput_AfterScheduledStartedSubmitted()
    {
        var tokens = new TaskTokens();
        tokens.Issued += issued => tokens.SendTaskSuccess(issued.Token, JsonValue.Parse("""{"approved":true}"""));

        var result = Run(Approval(), tokens);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(JsonValue.Parse("""{"approved":true}"""), result.Output);
        Assert.Equal(
            ["ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded"],
            Machines.Types(result));
        var submitted = result.Events.Single(e => e.Type == HistoryEventType.TaskSubmitted);
        Assert.Equal(("sqs", "sendMessage.waitForTaskToken"), (submitted.ResourceType, submitted.Resource));
        Assert.Equal(JsonValue.Parse("""{"MessageId":"m-1"}"""), submitted.Output);
    }

    [Fact]
    public void TaskToken_IsInTheContextObject_AndPassedToTheBackend()
    {
        var tokens = new TaskTokens();
        string? seenByBackend = null;
        var backend = new InProcessTaskBackend().ForResource(SqsResource, invocation =>
        {
            seenByBackend = invocation.TaskToken;
            return JsonObject.Empty;
        });
        tokens.Issued += issued => tokens.SendTaskSuccess(issued.Token, JsonObject.Empty);

        var result = Run(Approval(), tokens, backend);

        var issued = Assert.Single(tokens.IssuedTokens);
        Assert.True(TaskTokens.IsWellFormed(issued.Token));
        Assert.Equal(issued.Token, seenByBackend);
        Assert.Equal("WaitForApproval", issued.StateName);
        Assert.Equal(result.Info.Arn, issued.Execution.Arn);
        var scheduled = result.Events.Single(e => e.Type == HistoryEventType.TaskScheduled);
        Assert.Equal(JsonObject.Of(("QueueUrl", "q"), ("MessageBody", JsonObject.Of(("token", issued.Token), ("order", "o-1")))), scheduled.Parameters);
        Assert.Equal(scheduled.Parameters, issued.Parameters);
    }

    [Fact]
    public void TaskToken_IsInStatesContext_ForJsonataArguments()
    {
        const string definition = $$"""
            {
              "QueryLanguage": "JSONata", "StartAt": "WaitForApproval",
              "States": {
                "WaitForApproval": {
                  "Type": "Task", "Resource": "{{SqsResource}}",
                  "Arguments": { "QueueUrl": "q", "MessageBody": { "token": "{% $states.context.Task.Token %}" } },
                  "End": true
                }
              }
            }
            """;
        var tokens = new TaskTokens();
        tokens.Issued += issued => tokens.SendTaskSuccess(issued.Token, JsonObject.Empty);

        var result = Run(definition, tokens);

        var token = Assert.Single(tokens.IssuedTokens).Token;
        Assert.Equal(JsonObject.Of(("QueueUrl", "q"), ("MessageBody", JsonObject.Of(("token", token)))), result.Events.Single(e => e.Type == HistoryEventType.TaskScheduled).Parameters);
    }

    [Fact]
    public void TaskToken_SameSeed_SameToken_OtherSeed_OtherToken()
    {
        static string TokenOf(int seed)
        {
            var tokens = new TaskTokens();
            tokens.Issued += issued => tokens.SendTaskSuccess(issued.Token, JsonObject.Empty);
            Machines.Run(Approval(), """{"order":"o-1"}""", Sqs, new ExecutionOptions { TaskTokens = tokens, Seed = seed });
            return Assert.Single(tokens.IssuedTokens).Token;
        }

        Assert.Equal(TokenOf(1), TokenOf(1));
        Assert.NotEqual(TokenOf(1), TokenOf(2));
    }

    [Fact]
    public void SendTaskFailure_TaskFailsWithErrorAndCause()
    {
        var tokens = new TaskTokens();
        tokens.Issued += issued => tokens.SendTaskFailure(issued.Token, "Rejected", "by a human");

        var result = Run(Approval(), tokens);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal(("Rejected", "by a human"), (result.Error, result.Cause));
        var failed = result.Events.Single(e => e.Type == HistoryEventType.TaskFailed);
        Assert.Equal(("Rejected", "by a human"), (failed.Error, failed.Cause));
        Assert.Contains(result.Events, e => e.Type == HistoryEventType.TaskSubmitted);
    }

    [Fact]
    public void NoHeartbeat_WithinHeartbeatSeconds_FailsWithHeartbeatTimeout_OnTheVirtualClock()
    {
        var result = Run(Approval(""", "HeartbeatSeconds": 60"""), new TaskTokens());

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal(StatesErrors.HeartbeatTimeout, result.Error);
        var timedOut = result.Events.Single(e => e.Type == HistoryEventType.TaskTimedOut);
        Assert.Equal(StatesErrors.HeartbeatTimeout, timedOut.Error);
        Assert.Equal(TimeSpan.FromSeconds(60), result.StopDate - result.StartDate);
    }

    [Fact]
    public void TimeoutSeconds_Passes_FailsWithStatesTimeout()
    {
        var result = Run(Approval(""", "TimeoutSeconds": 3600"""), new TaskTokens());

        Assert.Equal(StatesErrors.Timeout, result.Error);
        Assert.Equal(StatesErrors.Timeout, result.Events.Single(e => e.Type == HistoryEventType.TaskTimedOut).Error);
        Assert.Equal(TimeSpan.FromHours(1), result.StopDate - result.StartDate);
    }

    [Fact]
    public void Heartbeats_KeepTheTaskAlive_UntilTheAnswer()
    {
        var tokens = new TaskTokens().RespondTo("WaitForApproval", CallbackResponse.Succeeds(JsonValue.Parse("""{"ok":1}"""), TimeSpan.FromHours(3), TimeSpan.FromSeconds(50)));

        var result = Run(Approval(""", "HeartbeatSeconds": 60"""), tokens);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(JsonValue.Parse("""{"ok":1}"""), result.Output);
        Assert.Equal(TimeSpan.FromHours(3), result.StopDate - result.StartDate);
        Assert.DoesNotContain(result.Events, e => e.Type == HistoryEventType.TaskTimedOut);
    }

    [Fact]
    public void Heartbeats_TooRare_StillTimeOut()
    {
        var tokens = new TaskTokens().RespondTo("WaitForApproval", CallbackResponse.Succeeds(JsonObject.Empty, TimeSpan.FromHours(3), TimeSpan.FromSeconds(90)));

        var result = Run(Approval(""", "HeartbeatSeconds": 60"""), tokens);

        Assert.Equal(StatesErrors.HeartbeatTimeout, result.Error);
        Assert.Equal(TimeSpan.FromSeconds(60), result.StopDate - result.StartDate);
    }

    [Fact]
    public void Heartbeats_DoNotExtendTimeoutSeconds()
    {
        // SendTaskHeartbeat API reference: the Timeout is the maximum duration "regardless of the number of SendTaskHeartbeat requests".
        var tokens = new TaskTokens().RespondTo("WaitForApproval", CallbackResponse.Succeeds(JsonObject.Empty, TimeSpan.FromHours(3), TimeSpan.FromSeconds(30)));

        var result = Run(Approval(""", "HeartbeatSeconds": 60, "TimeoutSeconds": 600"""), tokens);

        Assert.Equal(StatesErrors.Timeout, result.Error);
        Assert.Equal(TimeSpan.FromSeconds(600), result.StopDate - result.StartDate);
    }

    [Fact]
    public void Responder_AnswersAfterItsDelay_OnTheExecutionClock()
    {
        var tokens = new TaskTokens().RespondTo("WaitForApproval", CallbackResponse.Fails("Denied", "no budget", TimeSpan.FromMinutes(30)));

        var result = Run(Approval(""", "TimeoutSeconds": 7200"""), tokens);

        Assert.Equal(("Denied", "no budget"), (result.Error, result.Cause));
        Assert.Equal(TimeSpan.FromMinutes(30), result.StopDate - result.StartDate);
    }

    [Fact]
    public void RetryOnHeartbeatTimeout_GetsANewToken_AndCatchOnStatesTimeoutCatchesIt()
    {
        var tokens = new TaskTokens();
        var result = Run(CatchDefinition(), tokens);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(2, tokens.IssuedTokens.Count);
        Assert.NotEqual(tokens.IssuedTokens[0].Token, tokens.IssuedTokens[1].Token);
        Assert.Equal(2, result.Events.Count(e => e.Type == HistoryEventType.TaskTimedOut));
        Assert.Equal(JsonValue.Parse("""{"Error":"States.HeartbeatTimeout"}"""), result.Output);
        Assert.Equal(TimeSpan.FromSeconds(25), result.StopDate - result.StartDate);
    }

    [Fact]
    public void LateAnswer_AfterTheTaskTimedOut_IsTaskTimedOut()
    {
        var tokens = new TaskTokens();

        Run(Approval(""", "TimeoutSeconds": 5"""), tokens);

        var token = Assert.Single(tokens.IssuedTokens).Token;
        Assert.Empty(tokens.PendingTokens);
        Assert.Equal(TaskTokenException.TaskTimedOut, Assert.Throws<TaskTokenException>(() => tokens.SendTaskSuccess(token, JsonObject.Empty)).Code);
        Assert.Equal(TaskTokenException.TaskTimedOut, Assert.Throws<TaskTokenException>(() => tokens.SendTaskHeartbeat(token)).Code);
    }

    [Fact]
    public void SecondAnswer_ToTheSameToken_IsTaskTimedOut()
    {
        var tokens = new TaskTokens();
        TaskTokenException? second = null;
        tokens.Issued += issued =>
        {
            tokens.SendTaskSuccess(issued.Token, JsonObject.Empty);
            second = Assert.Throws<TaskTokenException>(() => tokens.SendTaskFailure(issued.Token, "E", null));
        };

        var result = Run(Approval(), tokens);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(TaskTokenException.TaskTimedOut, second!.Code);
    }

    [Fact]
    public async System.Threading.Tasks.Task AnswerFromAnotherThread_NoTimer_TheVirtualExecutionWaitsForIt()
    {
        var tokens = new TaskTokens();
        var issued = new TaskCompletionSource<IssuedTaskToken>(TaskCreationOptions.RunContinuationsAsynchronously);
        tokens.Issued += token => issued.TrySetResult(token);

        var run = System.Threading.Tasks.Task.Run(() => Run(Approval(), tokens));
        var token = await issued.Task.WaitAsync(TestContext.Current.CancellationToken);
        tokens.SendTaskSuccess(token.Token, JsonValue.Parse("""{"from":"outside"}"""));
        var result = await run.WaitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(JsonValue.Parse("""{"from":"outside"}"""), result.Output);
    }

    [Fact]
    public void NoBroker_NoTimer_ReportsThatNobodyCanAnswer()
    {
        var e = Assert.Throws<ExecutionStalledException>(() => Machines.Run(Approval(), """{"order":"o-1"}""", Sqs));

        Assert.Contains("callback task", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NeverAnswers_NoTimer_ReportsThatNobodyCanAnswer()
    {
        var tokens = new TaskTokens().RespondTo("WaitForApproval", CallbackResponse.Never);

        Assert.Throws<ExecutionStalledException>(() => Run(Approval(), tokens));
    }

    [Fact]
    public void ServiceCallFails_TaskFailsWithoutSubmitting_AndTheTokenIsClosed()
    {
        var tokens = new TaskTokens();
        var failing = new InProcessTaskBackend().ForResource(SqsResource, _ => throw new StatesException("SQS.QueueDoesNotExistException", "no queue"));

        var result = Run(Approval(), tokens, failing);

        Assert.Equal("SQS.QueueDoesNotExistException", result.Error);
        Assert.DoesNotContain(result.Events, e => e.Type == HistoryEventType.TaskSubmitted);
        Assert.Empty(tokens.PendingTokens);
    }

    [Fact]
    public void TimedOutTask_CancelsTheBackendsCall()
    {
        CancellationToken seen = default;
        var slow = new InProcessTaskBackend().ForStateAsync("Slow", async invocation =>
        {
            seen = invocation.Cancellation;
            await System.Threading.Tasks.Task.Delay(TimeSpan.FromHours(1), invocation.Clock, CancellationToken.None);
            return JsonObject.Empty;
        });
        const string definition = """
            { "StartAt": "Slow", "States": { "Slow": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 5, "End": true } } }
            """;

        var result = Machines.Run(definition, "{}", slow);

        Assert.Equal(StatesErrors.Timeout, result.Error);
        Assert.True(seen.IsCancellationRequested);
    }

    private static string CatchDefinition() => $$"""
        {
          "StartAt": "WaitForApproval",
          "States": {
            "WaitForApproval": {
              "Type": "Task", "Resource": "{{SqsResource}}",
              "Parameters": { "QueueUrl": "q", "MessageBody": { "token.$": "$$.Task.Token" } },
              "HeartbeatSeconds": 10,
              "Retry": [ { "ErrorEquals": ["States.HeartbeatTimeout"], "MaxAttempts": 1, "IntervalSeconds": 5 } ],
              "Catch": [ { "ErrorEquals": ["States.Timeout"], "ResultPath": "$", "Next": "Escalate" } ],
              "End": true
            },
            "Escalate": { "Type": "Pass", "Parameters": { "Error.$": "$.Error" }, "End": true }
          }
        }
        """;
}
