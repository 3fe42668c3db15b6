using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Tests.Execution;

namespace EventPro.Specs.Engine.Tests.States.Task;

public class TaskStateRunTests
{
    private static readonly InProcessTaskBackend Echo = new InProcessTaskBackend()
        .ForState("Charge", invocation => JsonObject.Of(("charged", invocation.Parameters)));

    [Fact]
    public void Jsonata_Arguments_BecomeTheTaskInput_AndOutputSeesResultAndInput()
    {
        // LocalStack's outputdecl BASE_LAMBDA shape, recorded on AWS: Output reads $states.input, $states.result and variables.
        const string definition = """
            {
              "QueryLanguage": "JSONata", "StartAt": "Charge",
              "States": {
                "Charge": {
                  "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Arguments": { "FunctionName": "charge", "Payload": { "amount": "{% $states.input.amount %}" } },
                  "Output": { "order": "{% $states.input.order %}", "receipt": "{% $states.result.charged.Payload %}" },
                  "End": true
                }
              }
            }
            """;

        var result = Machines.Run(definition, "{\"order\":\"o-1\",\"amount\":12.5}", Echo);

        var scheduled = result.Events.Single(e => e.Type == HistoryEventType.TaskScheduled);
        Assert.Equal(JsonValue.Parse("{\"FunctionName\":\"charge\",\"Payload\":{\"amount\":12.5}}"), scheduled.Parameters);
        Assert.Equal(JsonValue.Parse("{\"order\":\"o-1\",\"receipt\":{\"amount\":12.5}}"), result.Output);
    }

    [Fact]
    public void Jsonata_WithoutArgumentsAndOutput_SendsTheInput_AndOutputsTheResult()
    {
        const string definition = """{ "QueryLanguage": "JSONata", "StartAt": "Charge", "States": { "Charge": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true } } }""";

        var result = Machines.Run(definition, "{\"a\":1}", Echo);

        Assert.Equal(JsonValue.Parse("{\"charged\":{\"a\":1}}"), result.Output);
    }

    [Fact]
    public void Jsonata_Assign_SeesTheResult_AndTheVariableIsVisibleAfterwards()
    {
        const string definition = """
            {
              "QueryLanguage": "JSONata", "StartAt": "Charge",
              "States": {
                "Charge": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Assign": { "receipt": "{% $states.result.charged %}" }, "Output": {}, "Next": "Read" },
                "Read": { "Type": "Pass", "Output": "{% $receipt %}", "End": true }
              }
            }
            """;

        var result = Machines.Run(definition, "{\"id\":7}", Echo);

        Assert.Equal(JsonValue.Parse("{\"id\":7}"), result.Output);
        var exited = result.Events.Single(e => e.Type == HistoryEventType.TaskStateExited);
        Assert.Equal(JsonValue.Parse("{\"receipt\":{\"id\":7}}"), exited.AssignedVariables);
    }

    [Fact]
    public void Jsonata_TimeoutAndHeartbeatExpressions_AreEvaluatedAndRecorded()
    {
        const string definition = """
            { "QueryLanguage": "JSONata", "StartAt": "Charge", "States": { "Charge": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
              "TimeoutSeconds": "{% $states.input.timeout %}", "HeartbeatSeconds": "{% $states.input.timeout - 1 %}", "End": true } } }
            """;

        var result = Machines.Run(definition, "{\"timeout\":30}", Echo);

        var scheduled = result.Events.Single(e => e.Type == HistoryEventType.TaskScheduled);
        Assert.Equal(30, scheduled.TimeoutInSeconds);
        Assert.Equal(29, scheduled.HeartbeatInSeconds);
    }

    [Fact]
    public void Jsonata_TimeoutExpressionNotPositive_FailsWithQueryEvaluationError()
    {
        const string definition = """
            { "QueryLanguage": "JSONata", "StartAt": "Charge", "States": { "Charge": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": "{% 0 %}", "End": true } } }
            """;

        var result = Machines.Run(definition, "{}", Echo);

        Assert.Equal(StatesErrors.QueryEvaluationError, result.Error);
        Assert.Contains("'TimeoutSeconds' returned an unexpected result type", result.Cause, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Events, e => e.Type == HistoryEventType.TaskScheduled);
    }

    [Fact]
    public void Jsonata_ContextObject_HasTheRetryCountOfATask()
    {
        var calls = 0;
        var backend = new InProcessTaskBackend().ForState("Charge", _ => ++calls < 2 ? throw new StatesException("Flaky", "x") : JsonObject.Empty);
        const string definition = """
            { "QueryLanguage": "JSONata", "StartAt": "Charge", "States": { "Charge": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
              "Retry": [{ "ErrorEquals": ["Flaky"] }], "Output": "{% $states.context.State.RetryCount %}", "End": true } } }
            """;

        var result = Machines.Run(definition, "{}", backend);

        Assert.Equal(JsonNumber.From(1), result.Output);
    }
}
