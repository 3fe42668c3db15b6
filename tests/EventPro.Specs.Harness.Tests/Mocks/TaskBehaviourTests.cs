using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.Mocks;

namespace EventPro.Specs.Harness.Tests.Mocks;

public class TaskBehaviourTests
{
    // Polls a status until it is DONE: each loop calls the mocked task once more.
    private const string Polling = """
        {
          "StartAt": "GetStatus",
          "States": {
            "GetStatus": { "Type": "Task", "Resource": "arn:aws:states:::dynamodb:getItem", "ResultPath": "$.status", "Next": "IsDone" },
            "IsDone": {
              "Type": "Choice",
              "Choices": [{ "Variable": "$.status.value", "StringEquals": "DONE", "Next": "Done" }],
              "Default": "GetStatus"
            },
            "Done": { "Type": "Succeed" }
          }
        }
        """;

    private static ExecutionResult Run(ScenarioTaskMocks mocks) =>
        new StepFunctionsEngine(mocks).Execute(StateMachine.Parse(Polling), JsonObject.Empty);

    private static JsonValue Status(string value) => JsonValue.Parse($"{{\"value\":\"{value}\"}}");

    [Fact]
    public void ReturnsInTurn_AnswersEachCallWithTheNextResult()
    {
        var mocks = new ScenarioTaskMocks();
        mocks.Set("GetStatus", new TaskBehaviour.ReturnsInTurn([Status("PENDING"), Status("PENDING"), Status("DONE")]));

        var result = Run(mocks);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(3, TaskCall.AllIn(result).Count);
        Assert.Equal(JsonValue.Parse("{\"status\":{\"value\":\"DONE\"}}"), result.Output);
    }

    [Fact]
    public async Task ReturnsInTurn_CallsPastTheLastResultGetTheLastAgain()
    {
        var behaviour = new TaskBehaviour.ReturnsInTurn([Status("PENDING"), Status("DONE")]);

        var answers = new List<JsonValue>();
        for (var call = 0; call < 4; call++)
        {
            answers.Add((await behaviour.AnswerAsync(null!, call))!);
        }

        Assert.Equal([Status("PENDING"), Status("DONE"), Status("DONE"), Status("DONE")], answers);
    }

    [Fact]
    public void ReturnsInTurn_WithoutResults_Throws()
    {
        var mocks = new ScenarioTaskMocks();
        mocks.Set("GetStatus", new TaskBehaviour.ReturnsInTurn([]));

        Assert.ThrowsAny<Exception>(() => Run(mocks));
    }

    [Fact]
    public void FailsAfter_LoopEnteredAgain_FailsFromTheCallAfterTheLastAnswer()
    {
        var mocks = new ScenarioTaskMocks();
        mocks.Set("GetStatus", new TaskBehaviour.FailsAfter(2, new TaskBehaviour.Returns(Status("PENDING")), "DynamoDB.ResourceNotFoundException", "table gone"));

        var result = Run(mocks);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("DynamoDB.ResourceNotFoundException", result.Error);
        Assert.Equal(3, TaskCall.AllIn(result).Count);
    }

    [Fact]
    public async Task FailsAfter_ZeroTimes_FailsTheFirstCall()
    {
        var behaviour = new TaskBehaviour.FailsAfter(0, new TaskBehaviour.Returns(Status("DONE")), "Boom", null);

        var e = await Assert.ThrowsAsync<EventPro.Specs.Engine.Errors.StatesException>(async () => await behaviour.AnswerAsync(null!, 0));

        Assert.Equal("Boom", e.Error);
    }
}

public class TaskBehaviourFallThroughTests
{
    private static readonly EventPro.Specs.Engine.StateMachine TwoCalls = EventPro.Specs.Engine.StateMachine.Parse("""
        {
          "StartAt": "Call",
          "States": {
            "Call": {
              "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
              "Retry": [{ "ErrorEquals": ["States.ALL"], "IntervalSeconds": 1, "MaxAttempts": 3 }],
              "End": true
            }
          }
        }
        """);

    private static EventPro.Specs.Engine.Execution.ExecutionResult Run(ScenarioTaskMocks mocks, List<int> served) =>
        new EventPro.Specs.Engine.StepFunctionsEngine(mocks, new EventPro.Specs.Engine.Integrations.InProcessTaskBackend().ForState("Call", call =>
        {
            served.Add(call.RetryCount);
            return JsonValue.Parse("{\"from\":\"fake\"}");
        })).Execute(TwoCalls, JsonObject.Empty);

    [Fact]
    public void FailsThen_FallsThrough_TheNextBackendAnswersAfterTheFailures()
    {
        var mocks = new ScenarioTaskMocks();
        mocks.Set("Call", new TaskBehaviour.FailsThen(2, "E", null, new TaskBehaviour.FallsThrough()));
        var served = new List<int>();

        var result = Run(mocks, served);

        Assert.Equal([2], served);
        Assert.Equal(JsonValue.Parse("{\"from\":\"fake\"}"), result.Output);
        Assert.Equal(3, TaskCall.AllIn(result).Count);
    }

    [Fact]
    public void SetCall_PinsOneCall_AndKeepsTheBehaviourOfTheOthers()
    {
        var mocks = new ScenarioTaskMocks();
        mocks.Set("Call", new TaskBehaviour.Returns(JsonValue.Parse("{\"from\":\"mock\"}")));
        mocks.SetCall("Call", 0, new TaskBehaviour.Throws("E", null));
        var served = new List<int>();

        var result = Run(mocks, served);

        Assert.Empty(served);
        Assert.Equal(JsonValue.Parse("{\"from\":\"mock\"}"), result.Output);
    }

    [Fact]
    public void SetCall_WithoutOtherBehaviour_OtherCallsFallThrough()
    {
        var mocks = new ScenarioTaskMocks();
        mocks.SetCall("Call", 1, new TaskBehaviour.Throws("E", null));
        mocks.SetCall("Call", 0, new TaskBehaviour.Throws("E", null));
        var served = new List<int>();

        Run(mocks, served);

        Assert.Equal([2], served);
    }
}
