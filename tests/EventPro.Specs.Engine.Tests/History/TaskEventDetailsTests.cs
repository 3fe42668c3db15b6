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
}
