using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Tests.Execution;

namespace EventPro.Specs.Engine.Tests.States;

public class TaskLikeStateRunTests
{
    private static readonly InProcessTaskBackend Failing = new InProcessTaskBackend()
        .ForState("Task", _ => throw new StatesException("Exception", "Some exception was raised."));

    [Fact]
    public void Jsonata_CatchWithoutOutput_OutputsTheErrorOutput_AndAssignSeesIt()
    {
        // LocalStack's TASK_CATCH_ERROR_VARIABLE_SAMPLING, recorded on AWS: the exit output is {"Error","Cause"}.
        const string definition = """
            {
              "QueryLanguage": "JSONata", "StartAt": "Task",
              "States": {
                "Task": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Assign": { "result": "SUCCESS" },
                  "Catch": [{ "ErrorEquals": ["States.ALL"], "Assign": { "errorVar": "{% $states.errorOutput %}", "inputVar": "{% $states.input %}" }, "Next": "Fallback" }],
                  "End": true },
                "Fallback": { "Type": "Pass", "End": true }
              }
            }
            """;

        var result = Machines.Run(definition, "{\"inputData\":\"dummy\"}", Failing);

        var errorOutput = JsonValue.Parse("{\"Error\":\"Exception\",\"Cause\":\"Some exception was raised.\"}");
        Assert.Equal(errorOutput, result.Output);
        var exited = result.Events.Single(e => e.Type == HistoryEventType.TaskStateExited);
        Assert.Equal(JsonObject.Of(("errorVar", errorOutput), ("inputVar", JsonValue.Parse("{\"inputData\":\"dummy\"}"))), exited.AssignedVariables);
    }

    [Fact]
    public void Jsonata_CatchOutput_ShapesTheOutputFromInputAndError()
    {
        const string definition = """
            {
              "QueryLanguage": "JSONata", "StartAt": "Task",
              "States": {
                "Task": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Catch": [{ "ErrorEquals": ["Exception"], "Output": { "stateInput": "{% $states.input %}", "stateError": "{% $states.errorOutput %}" }, "Next": "Fallback" }],
                  "End": true },
                "Fallback": { "Type": "Pass", "End": true }
              }
            }
            """;

        var result = Machines.Run(definition, "{\"inputData\":\"dummy\"}", Failing);

        Assert.Equal(
            JsonValue.Parse("{\"stateInput\":{\"inputData\":\"dummy\"},\"stateError\":{\"Error\":\"Exception\",\"Cause\":\"Some exception was raised.\"}}"),
            result.Output);
    }

    [Fact]
    public void Jsonata_StateAssign_IsNotAppliedWhenACatcherIsTaken()
    {
        const string definition = """
            {
              "QueryLanguage": "JSONata", "StartAt": "Task",
              "States": {
                "Task": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Assign": { "result": "SUCCESS" },
                  "Catch": [{ "ErrorEquals": ["States.ALL"], "Next": "Fallback" }], "End": true },
                "Fallback": { "Type": "Pass", "Output": "{% $exists($result) %}", "End": true }
              }
            }
            """;

        Assert.Equal(JsonBoolean.False, Machines.Run(definition, "{}", Failing).Output);
    }
}
