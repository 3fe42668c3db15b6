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
        Assert.Equal(3, mocks.Calls.Count);
        Assert.Equal(JsonValue.Parse("{\"status\":{\"value\":\"DONE\"}}"), result.Output);
    }

    [Fact]
    public async Task ReturnsInTurn_CallsPastTheLastResultGetTheLastAgain()
    {
        var behaviour = new TaskBehaviour.ReturnsInTurn([Status("PENDING"), Status("DONE")]);

        var answers = new List<JsonValue>();
        for (var call = 0; call < 4; call++)
        {
            answers.Add(await behaviour.AnswerAsync(null!, call));
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
        Assert.Equal(3, mocks.Calls.Count);
    }

    [Fact]
    public async Task FailsAfter_ZeroTimes_FailsTheFirstCall()
    {
        var behaviour = new TaskBehaviour.FailsAfter(0, new TaskBehaviour.Returns(Status("DONE")), "Boom", null);

        var e = await Assert.ThrowsAsync<EventPro.Specs.Engine.Errors.StatesException>(async () => await behaviour.AnswerAsync(null!, 0));

        Assert.Equal("Boom", e.Error);
    }
}
