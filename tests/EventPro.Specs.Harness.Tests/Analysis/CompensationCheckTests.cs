using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.Analysis;

namespace EventPro.Specs.Harness.Tests.Analysis;

public class CompensationCheckTests
{
    private static readonly StateMachine Saga = StateMachine.Parse("""
        {
          "StartAt": "Reserve",
          "States": {
            "Reserve": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Catch": [{ "ErrorEquals": ["States.ALL"], "Next": "Failed" }], "Next": "Pay" },
            "Pay": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Catch": [{ "ErrorEquals": ["States.ALL"], "Next": "Failed" }], "End": true },
            "Failed": { "Type": "Fail", "Error": "Failed" }
          }
        }
        """);

    [Fact]
    public void Check_ACaughtFailure_IsNoCompletionToUndo()
    {
        // AWS records TaskStateExited for Reserve even when its Catch takes it to Failed.
        var result = new StepFunctionsEngine(new InProcessTaskBackend().ForState("Reserve", _ => throw new StatesException("E", null))).Execute(Saga, JsonObject.Empty);

        Assert.Contains(result.Events, e => e.Name == "Reserve" && e.Type == Engine.History.HistoryEventType.TaskStateExited);
        Assert.Null(CompensationCheck.Check(result, "Reserve", "Release"));
    }

    [Fact]
    public void Check_ACompletionFollowedByAFailure_WithoutItsCompensation_Breaks()
    {
        var backend = new InProcessTaskBackend().ForState("Reserve", _ => JsonObject.Empty).ForState("Pay", _ => throw new StatesException("E", null));
        var result = new StepFunctionsEngine(backend).Execute(Saga, JsonObject.Empty);

        Assert.Contains("'Release' or 'Undo' never ran after it", CompensationCheck.Check(result, "Reserve", ["Release", "Undo"]), StringComparison.Ordinal);
        Assert.Null(CompensationCheck.Check(result, "Reserve", ["Release", "Pay"]));
    }
}
