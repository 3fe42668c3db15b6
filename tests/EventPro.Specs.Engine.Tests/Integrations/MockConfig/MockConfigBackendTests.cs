using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Integrations.MockConfig;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Tests.Integrations.MockConfig;

public class MockConfigBackendTests
{
    private static readonly JsonValue LambdaReturn = JsonValue.Parse("""{"StatusCode":200,"Payload":{"StatusCode":200,"body":"Hello from Lambda!"}}""");
    private static readonly JsonValue SqsReturn = JsonValue.Parse("""{"MD5OfMessageBody":"5d41402abc4b2a76b9719d911017c592","MessageId":"0f6d2c4e-1b7a-4c1e-9d0a-6a1f3e2b9c11"}""");

    private static MockConfigFile Mocks => MockConfigFile.Load(MockConfigFixtures.LambdaSqsMocks);

    private static StateMachine LambdaSqs => StateMachine.Load(MockConfigFixtures.LambdaSqsDefinition);

    [Fact]
    public void HappyPath_BothStatesMocked_ReturnsTheMocksAsTaskResults()
    {
        var backend = MockConfigBackend.ForTestCase(Mocks, "LambdaSQSIntegration", "HappyPath");

        var result = new StepFunctionsEngine(backend).Execute(LambdaSqs, JsonValue.Parse("""{"greeting":"hi"}"""));

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(["LambdaState", "SQSState"], result.Path);
        // The Lambda mock's Return is the task result as is, so SQSState's input is the whole StatusCode/Payload object.
        var sqsEntered = result.Events.Single(e => e.Type == HistoryEventType.TaskStateEntered && e.Name == "SQSState");
        Assert.Equal(LambdaReturn, sqsEntered.Input);
        Assert.Equal(SqsReturn, result.Output);
        Assert.Equal(0, result.Events.Count(e => e.Type == HistoryEventType.TaskFailed));
    }

    [Fact]
    public void RetryPath_ThreeFailuresThenSuccess_ConsumesOneEntryPerAttempt()
    {
        var backend = MockConfigBackend.ForStateMachineArn(Mocks, "arn:aws:states:us-east-1:123456789012:stateMachine:LambdaSQSIntegration#RetryPath");

        var result = new StepFunctionsEngine(backend).Execute(LambdaSqs, JsonObject.Empty);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        var failures = result.Events.Where(e => e.Type == HistoryEventType.TaskFailed).Select(e => (e.Error, e.Cause)).ToList();
        Assert.Equal(
            [("Lambda.ResourceNotReadyException", "Lambda resource is not ready."), ("Lambda.TimeoutException", "Lambda timed out."), ("Lambda.TimeoutException", "Lambda timed out.")],
            failures);
        // Retry IntervalSeconds 2, BackoffRate 2: attempts at 0, 2, 6 and 14 seconds of virtual time.
        var scheduled = result.Events.Where(e => e.Type == HistoryEventType.TaskScheduled).Select(e => (e.Timestamp - result.StartDate).TotalSeconds).ToList();
        Assert.Equal([0, 2, 6, 14, 14], scheduled);
        Assert.Equal(SqsReturn, result.Output);
    }

    [Fact]
    public void HybridPath_UnmockedState_FallsThroughToTheNextBackend()
    {
        var sent = new List<JsonValue>();
        var sqs = new InProcessTaskBackend().ForState("SQSState", call =>
        {
            sent.Add(call.Parameters);
            return JsonValue.Parse("""{"MessageId":"real"}""");
        });
        var backend = MockConfigBackend.ForTestCase(Mocks, "LambdaSQSIntegration", "HybridPath");

        var result = new StepFunctionsEngine(backend, sqs).Execute(LambdaSqs, JsonObject.Empty);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(JsonValue.Parse("""{"MessageId":"real"}"""), result.Output);
        var message = Assert.Single(sent);
        Assert.Equal(LambdaReturn, ((JsonObject)message)["MessageBody"]);
    }

    [Fact]
    public void HybridPath_NoOtherBackend_FailsWithNoBackendAnswered()
    {
        var backend = MockConfigBackend.ForTestCase(Mocks, "LambdaSQSIntegration", "HybridPath");

        var result = new StepFunctionsEngine(backend).Execute(LambdaSqs, JsonObject.Empty);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal(StatesErrors.Runtime, result.Error);
        Assert.Contains("No task backend answered the Task state 'SQSState'", result.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void InvokeAsync_PastTheLastEntry_FailsTheExecutionWithRuntimeThatCatchCannotHide()
    {
        const string definition = """
            {
              "StartAt": "Charge",
              "States": {
                "Charge": {
                  "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Retry": [{ "ErrorEquals": ["Gateway.Timeout"], "MaxAttempts": 3, "IntervalSeconds": 1 }],
                  "Catch": [{ "ErrorEquals": ["States.ALL"], "Next": "Caught" }],
                  "End": true
                },
                "Caught": { "Type": "Pass", "End": true }
              }
            }
            """;
        var mocks = MockConfigFile.Parse("""
            {"StateMachines": {"Pay": {"TestCases": {"Short": {"Charge": "TimesOutTwice"}}}},
             "MockedResponses": {"TimesOutTwice": {"0-1": {"Throw": {"Error": "Gateway.Timeout", "Cause": "slow"}}}}}
            """);
        var backend = MockConfigBackend.ForTestCase(mocks, "Pay", "Short");

        var result = new StepFunctionsEngine(backend).Execute(StateMachine.Parse(definition, "Pay.asl.json"), JsonObject.Empty);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal(StatesErrors.Runtime, result.Error);
        Assert.Equal(
            "An error occurred while executing the state 'Charge' (entered at the event id #2). The mocked response 'TimesOutTwice' of the test case 'Short' has no entry for invocation 2 of the state 'Charge' (it covers invocations 0 to 1).",
            result.Cause);
        Assert.DoesNotContain("Caught", result.Path);
    }

    [Fact]
    public void InvokeAsync_MapIterations_ShareTheStateCounterInIterationOrder()
    {
        const string definition = """
            {
              "StartAt": "EachSeat",
              "States": {
                "EachSeat": {
                  "Type": "Map", "MaxConcurrency": 1, "ItemsPath": "$.seats",
                  "Iterator": {
                    "StartAt": "Hold",
                    "States": { "Hold": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true } }
                  },
                  "End": true
                }
              }
            }
            """;
        var mocks = MockConfigFile.Parse("""
            {"StateMachines": {"Seats": {"TestCases": {"LastSoldOut": {"Hold": "HoldTwiceThenSoldOut"}}}},
             "MockedResponses": {"HoldTwiceThenSoldOut": {"0-1": {"Return": {"held": true}}, "2": {"Return": {"held": false}}}}}
            """);

        var result = new StepFunctionsEngine(MockConfigBackend.ForTestCase(mocks, "Seats", "LastSoldOut"))
            .Execute(StateMachine.Parse(definition, "Seats.asl.json"), JsonValue.Parse("""{"seats":["A1","A2","A3"]}"""));

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(JsonValue.Parse("""[{"held":true},{"held":true},{"held":false}]"""), result.Output);
    }

    [Fact]
    public void InvokeAsync_SuccessiveVisitsOfAState_AdvanceTheCounterWithoutRetries()
    {
        const string definition = """
            {
              "StartAt": "Poll",
              "States": {
                "Poll": { "Type": "Task", "Resource": "arn:aws:states:::aws-sdk:ec2:describeInstances", "Next": "Ready?" },
                "Ready?": { "Type": "Choice", "Choices": [{ "Variable": "$.state", "StringEquals": "running", "Next": "Done" }], "Default": "Poll" },
                "Done": { "Type": "Succeed" }
              }
            }
            """;
        var mocks = MockConfigFile.Parse("""
            {"StateMachines": {"Poller": {"TestCases": {"Boots": {"Poll": "PendingTwiceThenRunning"}}}},
             "MockedResponses": {"PendingTwiceThenRunning": {"0-1": {"Return": {"state": "pending"}}, "2": {"Return": {"state": "running"}}}}}
            """);

        var result = new StepFunctionsEngine(MockConfigBackend.ForTestCase(mocks, "Poller", "Boots"))
            .Execute(StateMachine.Parse(definition, "Poller.asl.json"), JsonObject.Empty);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(["Poll", "Ready?", "Poll", "Ready?", "Poll", "Ready?", "Done"], result.Path);
    }

    [Fact]
    public void InvokeAsync_SequentialExecutionsOnOneBackend_EachStartAtInvocationZero()
    {
        var engine = new StepFunctionsEngine(MockConfigBackend.ForTestCase(Mocks, "LambdaSQSIntegration", "HappyPath"));

        var first = engine.Execute(LambdaSqs, JsonObject.Empty);
        var second = engine.Execute(LambdaSqs, JsonObject.Empty);

        // With a counter shared across executions the second run would ask for invocation 1, which HappyPath does not define.
        Assert.Equal(ExecutionStatus.Succeeded, first.Status);
        Assert.Equal(ExecutionStatus.Succeeded, second.Status);
        Assert.Equal(first.Info.Arn, second.Info.Arn);
    }

    [Fact]
    public async Task InvokeAsync_ConcurrentExecutionsInLockstep_KeepSeparateCounters()
    {
        var mock = MockConfigBackend.ForTestCase(Mocks, "LambdaSQSIntegration", "RetryPath");
        var lockstep = new LockstepBackend("LambdaState", participants: 2);
        var engine = new StepFunctionsEngine(lockstep, mock);

        // Same options, so both executions even have the same name and ARN.
        var runs = await Task.WhenAll(engine.ExecuteAsync(LambdaSqs, JsonObject.Empty), engine.ExecuteAsync(LambdaSqs, JsonObject.Empty));

        // Every LambdaState call of one run waited for the matching call of the other: with a shared
        // counter one run would get invocations 0, 2, 4, 6 and fail on 4, past the mock's last entry.
        Assert.All(runs, run => Assert.Equal(ExecutionStatus.Succeeded, run.Status));
        Assert.All(runs, run => Assert.Equal(3, run.Events.Count(e => e.Type == HistoryEventType.TaskFailed)));
        Assert.All(runs, run => Assert.Equal(SqsReturn, run.Output));
        Assert.Equal(8, lockstep.Calls);
        Assert.Equal(runs[0].Info.Arn, runs[1].Info.Arn);
    }

    [Fact]
    public async Task InvokeAsync_UnmockedStateName_ReturnsNull()
    {
        var backend = MockConfigBackend.ForTestCase(Mocks, "LambdaSQSIntegration", "HybridPath");
        var machine = StateMachine.Parse("""{"StartAt":"SQSState","States":{"SQSState":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage","End":true}}}""");
        TaskOutcome? seen = default;
        var probe = new InProcessTaskBackend().ForStateAsync("SQSState", async call =>
        {
            seen = await backend.InvokeAsync(call);
            return JsonObject.Empty;
        });

        await new StepFunctionsEngine(probe).ExecuteAsync(machine, JsonObject.Empty);

        Assert.Null(seen);
    }

    [Fact]
    public void Constructor_TestCase_IsExposed()
    {
        var testCase = Mocks.TestCase("LambdaSQSIntegration", "HappyPath");

        Assert.Same(testCase.States["LambdaState"], new MockConfigBackend(testCase).TestCase.ResponseFor("LambdaState"));
    }

    /// <summary>Holds every call of one state until the other executions reach the same call, then lets the next backend answer.</summary>
    private sealed class LockstepBackend(string stateName, int participants) : ITaskBackend
    {
        private readonly Barrier _barrier = new(participants);
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public ValueTask<TaskOutcome?> InvokeAsync(TaskInvocation invocation)
        {
            if (invocation.StateName == stateName)
            {
                Interlocked.Increment(ref _calls);
                Assert.True(_barrier.SignalAndWait(TimeSpan.FromSeconds(10)), "the other execution never reached the same call");
            }

            return ValueTask.FromResult<TaskOutcome?>(null);
        }
    }
}
