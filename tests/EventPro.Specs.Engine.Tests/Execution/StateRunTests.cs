using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Tests.Execution;

public class StateRunTests
{
    [Fact]
    public void QueryEvaluationError_RecordsEvaluationFailed_LinkedLikeAws()
    {
        // Recorded on AWS (LocalStack test_undefined_reference[BASE_UNDEFINED_ARGUMENTS_FIELD]):
        // TaskStateEntered(2, prev 0), EvaluationFailed(3, prev 0), ExecutionFailed(4, prev 3).
        const string definition = """
            {
              "QueryLanguage": "JSONata", "StartAt": "State0",
              "States": { "State0": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Arguments": { "FunctionName": "{% $doesNotExist %}" }, "End": true } }
            }
            """;

        var result = Machines.Run(definition, backend: new InProcessTaskBackend().ForState("State0", _ => JsonObject.Empty));

        Assert.Equal(["ExecutionStarted", "TaskStateEntered", "EvaluationFailed", "ExecutionFailed"], Machines.Types(result));
        var failed = result.Events[2];
        Assert.Equal(0, failed.PreviousEventId);
        Assert.Equal(3, result.Events[3].PreviousEventId);
        const string cause = "An error occurred while executing the state 'State0' (entered at the event id #2). The JSONata expression '$doesNotExist' specified for the field 'Arguments/FunctionName' returned nothing (undefined).";
        Assert.Equal(
            JsonValue.Parse($$"""{ "error": "States.QueryEvaluationError", "cause": "{{cause}}", "location": "Arguments/FunctionName", "state": "State0" }"""),
            failed.ToAwsJson()["evaluationFailedEventDetails"]);
        Assert.Equal("States.QueryEvaluationError", result.Error);
        Assert.Equal(cause, result.Cause);
    }

    [Fact]
    public void QueryEvaluationError_InALaterState_LinksToTheEventBeforeItsEnteredEvent()
    {
        const string definition = """
            {
              "QueryLanguage": "JSONata", "StartAt": "A",
              "States": { "A": { "Type": "Pass", "Next": "B" }, "B": { "Type": "Pass", "Output": "{% $nope %}", "End": true } }
            }
            """;

        var result = Machines.Run(definition);

        var entered = result.Events.Single(e => e.Type == HistoryEventType.PassStateEntered && e.Name == "B");
        var failed = result.Events.Single(e => e.Type == HistoryEventType.EvaluationFailed);
        Assert.Equal(entered.PreviousEventId, failed.PreviousEventId);
        Assert.Equal("Output", failed.Location);
    }

    [Fact]
    public void QueryEvaluationError_CanBeCaught()
    {
        const string definition = """
            {
              "QueryLanguage": "JSONata", "StartAt": "Work",
              "States": {
                "Work": {
                  "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Arguments": "{% $nope %}", "End": true,
                  "Catch": [{ "ErrorEquals": ["States.QueryEvaluationError"], "Next": "Handled" }]
                },
                "Handled": { "Type": "Pass", "End": true }
              }
            }
            """;

        var result = Machines.Run(definition, backend: new InProcessTaskBackend().ForState("Work", _ => JsonObject.Empty));

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(["Work", "Handled"], result.Path);
        Assert.Equal("States.QueryEvaluationError", ((JsonString)((JsonObject)result.Output!)["Error"]).Value);
    }

    [Fact]
    public void JsonPathRuntimeError_RecordsNoEvaluationFailed()
    {
        const string definition = """
            { "StartAt": "A", "States": { "A": { "Type": "Pass", "InputPath": "$.missing", "End": true } } }
            """;

        var result = Machines.Run(definition);

        Assert.Equal("States.Runtime", result.Error);
        Assert.DoesNotContain(result.Events, e => e.Type == HistoryEventType.EvaluationFailed);
    }
}
