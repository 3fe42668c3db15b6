using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.Mocks;
using EventPro.Specs.Harness.Snapshots;

namespace EventPro.Specs.Harness.Tests.Mocks;

public class ScenarioTaskMocksTests
{
    private const string Definition = """
        {
          "StartAt": "Charge",
          "States": {
            "Charge": {
              "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 20,
              "Retry": [{ "ErrorEquals": ["Gateway"], "IntervalSeconds": 2, "MaxAttempts": 3 }],
              "Catch": [{ "ErrorEquals": ["States.ALL"], "Next": "Release" }],
              "End": true
            },
            "Release": { "Type": "Pass", "Parameters": { "id.$": "States.UUID()" }, "End": true }
          }
        }
        """;

    private static ExecutionResult Run(ScenarioTaskMocks mocks) =>
        new StepFunctionsEngine(mocks).Execute(StateMachine.Parse(Definition), JsonValue.Parse("{\"orderId\":\"o-1\"}"));

    [Fact]
    public void FailsThen_CountsRetriesAndRecordsEachCall()
    {
        var mocks = new ScenarioTaskMocks();
        mocks.Set("Charge", new TaskBehaviour.FailsThen(2, "Gateway", "slow", new TaskBehaviour.Returns(JsonValue.Parse("{\"ok\":true}"))));

        var result = Run(mocks);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        var calls = TaskCall.AllIn(result);
        Assert.Equal([0, 1, 2], calls.Select(c => c.RetryCount));
        Assert.Equal([0.0, 2.0, 6.0], calls.Select(c => (c.At - result.StartDate).TotalSeconds));
    }

    [Fact]
    public void BehaviourOf_DeclaredAndUndeclaredState_GivesTheBehaviourOrNull()
    {
        var mocks = new ScenarioTaskMocks();
        var returns = new TaskBehaviour.Returns(JsonValue.Parse("{\"ok\":true}"));
        mocks.Set("Charge", returns);

        Assert.Same(returns, mocks.BehaviourOf("Charge"));
        Assert.Null(mocks.BehaviourOf("Release"));
    }

    [Fact]
    public void TimesOut_FailsWithStatesTimeoutAfterTheStateTimeout()
    {
        var mocks = new ScenarioTaskMocks();
        mocks.Set("Charge", new TaskBehaviour.TimesOut());

        var result = Run(mocks);

        Assert.Equal(["Charge", "Release"], result.Path);
        Assert.Equal(TimeSpan.FromSeconds(20), result.StopDate - result.StartDate);
    }

    [Fact]
    public void UnmockedState_FallsThroughToTheNextBackend()
    {
        var result = Run(new ScenarioTaskMocks());

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Contains("No task backend answered", result.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void HistoryNormaliser_UsesOffsetsAndStableUuidCounters()
    {
        var mocks = new ScenarioTaskMocks();
        mocks.Set("Charge", new TaskBehaviour.Throws("Declined", "card_declined"));

        var events = HistoryNormaliser.Normalise(Run(mocks));
        var text = events.ToJson();

        Assert.Contains("\"timestamp\":\"+0.000s\"", text, StringComparison.Ordinal);
        Assert.Contains("<uuid:1>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("execution:", text, StringComparison.Ordinal);
    }
}
