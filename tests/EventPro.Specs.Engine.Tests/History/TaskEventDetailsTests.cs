using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Tests.Execution;

namespace EventPro.Specs.Engine.Tests.History;

/// <summary>A Task state's events share one resource-details object; a failed event's error must not leak into the others.</summary>
public class TaskEventDetailsTests
{
    private const string Machine = """
        {
          "StartAt": "Charge",
          "States": {
            "Charge": {
              "Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke",
              "Retry": [{ "ErrorEquals": ["Flaky"], "IntervalSeconds": 1, "MaxAttempts": 1 }],
              "End": true
            }
          }
        }
        """;

    [Fact]
    public void FailedThenRetried_OnlyTheFailedEventCarriesTheError()
    {
        var calls = 0;
        var backend = new InProcessTaskBackend().ForState("Charge", _ =>
            ++calls == 1 ? throw new StatesException("Flaky", "first call fails") : JsonValue.Parse("{\"ok\":true}"));

        var result = Machines.Run(Machine, "{}", backend);

        var taskEvents = result.Events.Where(e => e.Type is HistoryEventType.TaskStarted or HistoryEventType.TaskFailed or HistoryEventType.TaskSucceeded).ToList();
        Assert.Equal([HistoryEventType.TaskStarted, HistoryEventType.TaskFailed, HistoryEventType.TaskStarted, HistoryEventType.TaskSucceeded], taskEvents.Select(e => e.Type));
        Assert.All(taskEvents, e => Assert.Equal(("lambda", "invoke"), (e.ResourceType, e.Resource)));
        var failed = taskEvents[1];
        Assert.Equal(("Flaky", "first call fails"), (failed.Error, failed.Cause));
        Assert.All(taskEvents.Where(e => e.Type != HistoryEventType.TaskFailed), e => Assert.Null(e.Error));
        Assert.All(taskEvents.Where(e => e.Type != HistoryEventType.TaskFailed), e => Assert.Null(e.Cause));
    }

    [Fact]
    public void ExitedEventWithoutAssign_HasNoAssignedVariables()
    {
        var backend = new InProcessTaskBackend().ForState("Charge", _ => JsonValue.Parse("{\"ok\":true}"));

        var result = Machines.Run(Machine, "{}", backend);

        var exited = Assert.Single(result.Events, e => e.Type == HistoryEventType.TaskStateExited);
        Assert.Null(exited.AssignedVariables);
        Assert.Null(exited.Index);
        Assert.False(exited.ToReadableJson()["stateExitedEventDetails"] is JsonObject d && d.ContainsKey("assignedVariables"));
    }

    [Fact]
    public void ScheduledEvents_OfEveryAttemptAndExecution_CarryTheirOwnParametersTimeoutAndRegion()
    {
        // A scheduled event shares its details but the parameters with the state's other attempts;
        // a different timeout (TimeoutSecondsPath) or region (options) must still show in each event.
        const string definition = """
            {
              "StartAt": "Charge",
              "States": {
                "Charge": {
                  "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSecondsPath": "$.timeout", "HeartbeatSeconds": 5,
                  "Parameters": { "attempt.$": "$$.State.RetryCount" },
                  "Retry": [{ "ErrorEquals": ["Flaky"], "IntervalSeconds": 1, "MaxAttempts": 1 }],
                  "End": true
                }
              }
            }
            """;
        var calls = 0;
        var backend = new InProcessTaskBackend().ForState("Charge", _ => ++calls % 2 == 1 ? throw new StatesException("Flaky", "odd calls fail") : JsonObject.Empty);
        var machine = StateMachine.Parse(definition, "charge.asl.json");
        var engine = new StepFunctionsEngine(backend);

        var first = engine.Execute(machine, JsonValue.Parse("{\"timeout\":30}"));
        var second = engine.Execute(machine, JsonValue.Parse("{\"timeout\":60}"), new Engine.Execution.ExecutionOptions { Region = "eu-west-1" });

        string[] Scheduled(Engine.Execution.ExecutionResult result) =>
            [.. result.Events.Where(e => e.Type == HistoryEventType.TaskScheduled).Select(e => e.ToAwsJson()["taskScheduledEventDetails"].ToJson())];
        Assert.Equal(
            [
                """{"resourceType":"lambda","resource":"invoke","region":"us-east-1","parameters":"{\"attempt\":0}","timeoutInSeconds":30,"heartbeatInSeconds":5}""",
                """{"resourceType":"lambda","resource":"invoke","region":"us-east-1","parameters":"{\"attempt\":1}","timeoutInSeconds":30,"heartbeatInSeconds":5}""",
            ],
            Scheduled(first));
        Assert.Equal(
            [
                """{"resourceType":"lambda","resource":"invoke","region":"eu-west-1","parameters":"{\"attempt\":0}","timeoutInSeconds":60,"heartbeatInSeconds":5}""",
                """{"resourceType":"lambda","resource":"invoke","region":"eu-west-1","parameters":"{\"attempt\":1}","timeoutInSeconds":60,"heartbeatInSeconds":5}""",
            ],
            Scheduled(second));
        Assert.All(first.Events.Concat(second.Events).Where(e => e.Type == HistoryEventType.TaskScheduled), e => Assert.Null(e.Input));
    }

    [Fact]
    public void FailedEvents_OfExecutionsFailingDifferently_EachCarryTheirOwnErrorAndCause()
    {
        // Failed events share error details with the state's (and the machine's) earlier failures
        // that had the same error and cause; a different failure must still show its own.
        var backend = new InProcessTaskBackend().ForState("Charge", call =>
            throw new StatesException(((JsonString)((JsonObject)call.Parameters)["error"]).Value, "cause of " + ((JsonString)((JsonObject)call.Parameters)["error"]).Value));
        var machine = StateMachine.Parse(Machine, "charge.asl.json");
        var engine = new StepFunctionsEngine(backend);

        var results = new[] { "First", "First", "Second" }.Select(error => engine.Execute(machine, JsonObject.Of(("error", error)))).ToList();

        foreach (var (result, error) in results.Zip(new[] { "First", "First", "Second" }))
        {
            var failed = Assert.Single(result.Events, e => e.Type == HistoryEventType.TaskFailed);
            Assert.Equal(("lambda", "invoke", error, "cause of " + error), (failed.ResourceType, failed.Resource, failed.Error, failed.Cause));
            var last = result.Events[^1];
            Assert.Equal((HistoryEventType.ExecutionFailed, error, "cause of " + error), (last.Type, last.Error, last.Cause));
            Assert.Null(last.ResourceType);
            Assert.All(result.Events.Where(e => e.Type is not (HistoryEventType.TaskFailed or HistoryEventType.ExecutionFailed)), e => Assert.Null(e.Error));
        }
    }
}
