using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Operations;
using EventPro.Specs.Server.Registry;
using EventPro.Specs.Server.Tests.Support;

namespace EventPro.Specs.Server.Tests.Operations;

public class HistoryJsonTests
{
    private const string OnePass = """{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""";

    [Fact]
    public void Events_EndRecordedBeforeTheRecordCompletes_IsHeldBackUntilItDoes()
    {
        var record = TestRecords.Execution(OnePass);
        var result = Run(record, record.History);

        var beforeCompletion = Types(HistoryJson.Events(record, includeData: true));
        record.Complete(ExecutionOutcome.From(result, null, keepHistory: true));
        var afterCompletion = Types(HistoryJson.Events(record, includeData: true));

        Assert.Equal(["ExecutionStarted", "PassStateEntered", "PassStateExited"], beforeCompletion);
        Assert.Equal([.. beforeCompletion, "ExecutionSucceeded"], afterCompletion);
    }

    [Fact]
    public void Events_CrashAfterSomeEvents_EndsWithAFailedEventAfterThem()
    {
        var record = TestRecords.Execution(OnePass);
        Run(record, new FirstEvents(record.History, 2));

        record.Complete(ExecutionOutcome.Crashed(new InvalidOperationException("boom"), record.StartDate));
        var events = HistoryJson.Events(record, includeData: true);

        Assert.Equal(["ExecutionStarted", "PassStateEntered", "ExecutionFailed"], Types(events));
        Assert.Equal((3.0, 2.0), (((JsonNumber)events[2]["id"]).Value, ((JsonNumber)events[2]["previousEventId"]).Value));
        Assert.Equal("States.Runtime", ((JsonString)((JsonObject)events[2]["executionFailedEventDetails"])["error"]).Value);
    }

    private static ExecutionResult Run(ExecutionRecord record, IExecutionObserver observer) =>
        new StepFunctionsEngine().Execute(record.Revision.Machine, record.Input, new ExecutionOptions { Observer = observer });

    private static List<string> Types(IReadOnlyList<JsonObject> events) => events.Select(e => ((JsonString)e["type"]).Value).ToList();

    /// <summary>Passes only the first events on, as if the engine had stopped recording after them.</summary>
    private sealed class FirstEvents(LiveHistory history, int count) : IExecutionObserver
    {
        public void EventRecorded(HistoryEvent e)
        {
            if (e.Id <= count)
            {
                history.EventRecorded(e);
            }
        }

        public void ExecutionFinished(ExecutionResult result)
        {
        }
    }
}
