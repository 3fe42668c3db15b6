using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.Analysis;
using EventPro.Specs.Harness.Mocks;

namespace EventPro.Specs.Harness.Tests.Analysis;

public class ExecutionFactsTests
{
    private const string Definition = """
        {
          "StartAt": "Hold",
          "States": {
            "Hold": { "Type": "Wait", "SecondsPath": "$.seconds", "Next": "Charge" },
            "Charge": {
              "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
              "Retry": [{ "ErrorEquals": ["Busy"], "IntervalSeconds": 3, "MaxAttempts": 1 }],
              "End": true
            }
          }
        }
        """;

    private static ExecutionResult Run(TaskBehaviour charge)
    {
        var mocks = new ScenarioTaskMocks();
        mocks.Set("Charge", charge);
        return new StepFunctionsEngine(mocks).Execute(StateMachine.Parse(Definition), JsonValue.Parse("{\"seconds\":120}"));
    }

    [Fact]
    public void FirstRunDuration_OfAWait_IsItsSeconds()
    {
        var facts = new ExecutionFacts(Run(new TaskBehaviour.Returns(JsonObject.Empty)));

        Assert.Equal(TimeSpan.FromSeconds(120), facts.FirstRunDuration("Hold"));
    }

    [Fact]
    public void FirstRunDuration_IncludesTheRetryWaits()
    {
        var facts = new ExecutionFacts(Run(new TaskBehaviour.FailsThen(1, "Busy", null, new TaskBehaviour.Returns(JsonObject.Empty))));

        Assert.Equal(TimeSpan.FromSeconds(3), facts.FirstRunDuration("Charge"));
    }

    [Fact]
    public void FirstRunDuration_OfAStateThatFailed_LastsToTheEndOfTheExecution()
    {
        var result = Run(new TaskBehaviour.Throws("Busy", null));

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal(TimeSpan.FromSeconds(3), new ExecutionFacts(result).FirstRunDuration("Charge"));
    }

    [Fact]
    public void FirstRunDuration_OfAStateThatNeverRan_IsNull()
    {
        var facts = new ExecutionFacts(Run(new TaskBehaviour.Returns(JsonObject.Empty)));

        Assert.Null(facts.FirstRunDuration("Refund"));
    }
}
