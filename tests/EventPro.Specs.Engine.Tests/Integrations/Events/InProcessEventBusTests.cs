using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Integrations.Events;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Tests.Integrations.Events;

/// <summary>events:putEvents against the in-process bus: recording, answer shape, failed entries.</summary>
public class InProcessEventBusTests
{
    private static string Machine(string entries) => $$"""
        { "StartAt": "Announce", "States": { "Announce": { "Type": "Task", "Resource": "arn:aws:states:::events:putEvents",
            "Parameters": { "Entries": {{entries}} }, "End": true } } }
        """;

    private const string Purchased = """[ { "Source": "eventpro.checkout", "DetailType": "TicketPurchased", "Detail": { "orderId.$": "$.orderId" } } ]""";

    private static (ExecutionResult Result, InProcessEventBus Bus) Run(string entries, int seed = 7)
    {
        var bus = new InProcessEventBus();
        var result = new StepFunctionsEngine(bus).Execute(StateMachine.Parse(Machine(entries)), JsonValue.Parse("{\"orderId\":\"o-1\"}"), new ExecutionOptions { Seed = seed, StateMachineName = "checkout" });
        return (result, bus);
    }

    [Fact]
    public void PutEvents_AnswersEntriesWithEventIdAndNoFailures_AndRecordsTheEvent()
    {
        var (result, bus) = Run(Purchased);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        var output = (JsonObject)result.Output!;
        Assert.Equal(["Entries", "FailedEntryCount"], output.Keys);
        Assert.Equal(0, ((JsonNumber)output["FailedEntryCount"]).Value);
        var entry = (JsonObject)Assert.Single((JsonArray)output["Entries"]);
        var recorded = Assert.Single(bus.EventsOf(result.Info.Arn));
        Assert.Equal(((JsonString)entry["EventId"]).Value, recorded.EventId);
        Assert.Equal("default", recorded.EventBusName);
        Assert.Equal("eventpro.checkout", recorded.Source);
        Assert.Equal("TicketPurchased", recorded.DetailType);
        Assert.Equal("{\"orderId\":\"o-1\"}", recorded.Detail.ToJson());
        Assert.Equal("Announce", recorded.StateName);
    }

    [Fact]
    public void PutEvents_AppendsTheExecutionAndStateMachineArnsToResources()
    {
        var (result, bus) = Run("""[ { "Source": "s", "DetailType": "d", "Detail": {}, "Resources": ["arn:aws:events:us-east-1:123456789012:thing"] } ]""");

        Assert.Equal(["arn:aws:events:us-east-1:123456789012:thing", result.Info.Arn, result.Info.StateMachineArn], Assert.Single(bus.Events).Resources);
    }

    [Fact]
    public void EventIds_AreReproducibleForASeedAndDifferAcrossSeeds()
    {
        var first = Assert.Single(Run(Purchased, seed: 1).Bus.Events).EventId;
        var again = Assert.Single(Run(Purchased, seed: 1).Bus.Events).EventId;
        var other = Assert.Single(Run(Purchased, seed: 2).Bus.Events).EventId;

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", first);
    }

    [Fact]
    public void EntryWithoutDetailType_FailsTheTaskWithFailedEntry()
    {
        var (result, bus) = Run("""[ { "Source": "s", "Detail": {} }, { "Source": "s", "DetailType": "ok", "Detail": {} } ]""");

        Assert.Equal("EventBridge.FailedEntry", result.Error);
        var cause = (JsonObject)JsonValue.Parse(result.Cause!);
        Assert.Equal(1, ((JsonNumber)cause["FailedEntryCount"]).Value);
        Assert.Equal("InvalidArgument", ((JsonString)((JsonObject)((JsonArray)cause["Entries"])[0])["ErrorCode"]).Value);
        Assert.Equal("ok", Assert.Single(bus.Events).DetailType);
        Assert.Contains(result.Events, e => e.Type == HistoryEventType.TaskFailed && e.ResourceType == "events" && e.Resource == "putEvents");
    }

    [Fact]
    public void DetailThatIsNotAnObject_FailsAsMalformedDetail()
    {
        var (result, _) = Run("""[ { "Source": "s", "DetailType": "d", "Detail": "not json" } ]""");

        Assert.Equal("EventBridge.FailedEntry", result.Error);
        Assert.Contains("MalformedDetail", result.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void RequestResponse_RecordsScheduledStartedSucceededWithoutSubmitted()
    {
        var (result, _) = Run(Purchased);

        var types = result.Events.Select(e => e.Type).Where(t => t is HistoryEventType.TaskScheduled or HistoryEventType.TaskStarted or HistoryEventType.TaskSubmitted or HistoryEventType.TaskSucceeded);
        Assert.Equal([HistoryEventType.TaskScheduled, HistoryEventType.TaskStarted, HistoryEventType.TaskSucceeded], types);
    }

    [Fact]
    public void OtherResources_AreLeftToOtherBackends()
    {
        var bus = new InProcessEventBus();
        var machine = StateMachine.Parse("""{ "StartAt": "S", "States": { "S": { "Type": "Task", "Resource": "arn:aws:states:::sns:publish", "End": true } } }""");

        var result = new StepFunctionsEngine(bus).Execute(machine, JsonObject.Empty);

        Assert.Equal("States.Runtime", result.Error);
        Assert.Contains("No task backend answered", result.Cause, StringComparison.Ordinal);
        Assert.Empty(bus.Events);
    }
}
