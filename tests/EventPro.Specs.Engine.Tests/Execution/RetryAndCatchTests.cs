using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Tests.Execution;

public class RetryAndCatchTests
{
    private const string PaymentMachine = """
        {
          "StartAt": "ProcessPayment",
          "States": {
            "ProcessPayment": {
              "Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke",
              "Retry": [{ "ErrorEquals": ["PaymentGatewayTimeout"], "IntervalSeconds": 2, "MaxAttempts": 3, "BackoffRate": 2 }],
              "Catch": [{ "ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "ReleaseSeat" }],
              "End": true
            },
            "ReleaseSeat": { "Type": "Pass", "End": true }
          }
        }
        """;

    [Fact]
    public void Retry_BackoffLadder_WaitsTwoFourEightSecondsOfVirtualTime()
    {
        var calls = 0;
        var backend = new InProcessTaskBackend().ForState("ProcessPayment", _ =>
            ++calls <= 3 ? throw new StatesException("PaymentGatewayTimeout", "gateway slow") : JsonValue.Parse("{\"charged\":true}"));

        var result = Machines.Run(PaymentMachine, "{}", backend);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        var starts = result.Events.Where(e => e.Type == HistoryEventType.TaskScheduled).Select(e => (e.Timestamp - result.StartDate).TotalSeconds).ToList();
        Assert.Equal([0, 2, 6, 14], starts);
        Assert.Equal(TimeSpan.FromSeconds(14), result.StopDate - result.StartDate);
    }

    [Fact]
    public void Retry_ExhaustedThenCaught_PutsErrorOutputAtResultPath()
    {
        var backend = new InProcessTaskBackend().ForState("ProcessPayment", _ => throw new StatesException("PaymentGatewayTimeout", "gateway slow"));

        var result = Machines.Run(PaymentMachine, "{\"orderId\":\"o-1\"}", backend);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(["ProcessPayment", "ReleaseSeat"], result.Path);
        Assert.Equal(JsonValue.Parse("{\"orderId\":\"o-1\",\"error\":{\"Error\":\"PaymentGatewayTimeout\",\"Cause\":\"gateway slow\"}}"), result.Output);
        Assert.Equal(4, result.Events.Count(e => e.Type == HistoryEventType.TaskFailed));
    }

    [Fact]
    public void Retry_RetryCountIsVisibleInTheContextObject()
    {
        const string definition = """
            {
              "StartAt": "Flaky",
              "States": {
                "Flaky": {
                  "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": { "attempt.$": "$$.State.RetryCount" },
                  "Retry": [{ "ErrorEquals": ["Boom"], "MaxAttempts": 2, "IntervalSeconds": 1 }],
                  "End": true
                }
              }
            }
            """;
        var seen = new List<JsonValue>();
        var backend = new InProcessTaskBackend().ForState("Flaky", call =>
        {
            seen.Add(((JsonObject)call.Parameters)["attempt"]);
            return seen.Count < 3 ? throw new StatesException("Boom", null) : JsonObject.Empty;
        });

        Machines.Run(definition, "{}", backend);

        Assert.Equal([JsonNumber.From(0), JsonNumber.From(1), JsonNumber.From(2)], seen);
    }

    [Fact]
    public void TaskTimeout_RaisesStatesTimeoutInVirtualTime()
    {
        const string definition = """
            { "StartAt": "Slow", "States": { "Slow": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 30, "End": true } } }
            """;
        var backend = new InProcessTaskBackend().ForStateAsync("Slow", async call =>
        {
            await Task.Delay(TimeSpan.FromMinutes(5), call.Clock, call.Cancellation);
            return JsonObject.Empty;
        });

        var result = Machines.Run(definition, "{}", backend);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal(StatesErrors.Timeout, result.Error);
        Assert.Contains(result.Events, e => e.Type == HistoryEventType.TaskTimedOut);
        Assert.Equal(TimeSpan.FromSeconds(30), result.StopDate - result.StartDate);
    }

    [Fact]
    public void MissingBackend_FailsWithACauseNamingStateAndResource()
    {
        var result = Machines.Run(PaymentMachine);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal(StatesErrors.Runtime, result.Error);
        Assert.Contains("'ProcessPayment'", result.Cause, StringComparison.Ordinal);
        Assert.Contains("arn:aws:states:::lambda:invoke", result.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void Catch_ExecutionsCaughtWithDifferentErrors_EachPassOnTheirOwnErrorOutput()
    {
        // The error output is shared with the state's last catch of the same error and cause.
        const string definition = """
            {
              "StartAt": "Work",
              "States": {
                "Work": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
                          "Catch": [{ "ErrorEquals": ["States.ALL"], "ResultPath": "$.caught", "Next": "Handled" }] },
                "Handled": { "Type": "Pass", "End": true }
              }
            }
            """;
        var backend = new InProcessTaskBackend().ForState("Work", call =>
            throw new Errors.StatesException(((JsonString)((JsonObject)call.Parameters)["error"]).Value, ((JsonObject)call.Parameters).GetOrNull("cause") is JsonString c ? c.Value : null));
        var machine = StateMachine.Parse(definition, "work.asl.json");
        var engine = new StepFunctionsEngine(backend);

        var outputs = new[] { """{"error":"A","cause":"x"}""", """{"error":"A","cause":"x"}""", """{"error":"A","cause":"y"}""", """{"error":"B"}""" }
            .Select(input => engine.Execute(machine, JsonValue.Parse(input)).Output!.ToJson());

        Assert.Equal(
            [
                """{"error":"A","cause":"x","caught":{"Error":"A","Cause":"x"}}""",
                """{"error":"A","cause":"x","caught":{"Error":"A","Cause":"x"}}""",
                """{"error":"A","cause":"y","caught":{"Error":"A","Cause":"y"}}""",
                """{"error":"B","caught":{"Error":"B"}}""",
            ],
            outputs);
    }
}
