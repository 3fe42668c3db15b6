using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;

namespace EventPro.Specs.Engine.Tests.Execution;

public class ExecutionObserverTests
{
    [Fact]
    public void Observer_SequentialStates_SeesEveryEventInOrderThenTheEnd()
    {
        const string definition = """
            { "StartAt": "Hold", "States": {
                "Hold": { "Type": "Wait", "Seconds": 5, "Next": "Greet" },
                "Greet": { "Type": "Pass", "Result": { "hello": "world" }, "End": true } } }
            """;
        var observer = new RecordingObserver();

        var result = Machines.Run(definition, options: new ExecutionOptions { Observer = observer });

        Assert.Equal(result.Events, observer.Events);
        Assert.Equal(Enumerable.Range(1, result.Events.Count).Select(i => (long)i), observer.Events.Select(e => e.Id));
        Assert.Same(result, Assert.Single(observer.Finished));
        Assert.Equal(observer.Events.Count, observer.EventsSeenAtFinish);
    }

    [Fact]
    public void Observer_NoChildExecutions_TerminalEventRecordedOnceThenFinishedWithTheSameResult()
    {
        const string definition = """
            { "StartAt": "Hold", "States": { "Hold": { "Type": "Wait", "Seconds": 5, "End": true } } }
            """;
        var observer = new EndsObserver();

        var result = Machines.Run(definition, options: new ExecutionOptions { Observer = observer });

        Assert.Equal(["events 4, last ExecutionSucceeded: terminal", "finished"], observer.Calls);
        Assert.Same(result, observer.Terminal);
    }

    [Fact]
    public void Observer_ParallelAndMapBranches_SeesTheSameEventsAndIdsAsTheHistory()
    {
        const string definition = """
            { "StartAt": "Both", "States": {
                "Both": { "Type": "Parallel", "Next": "Each", "Branches": [
                    { "StartAt": "Slow", "States": { "Slow": { "Type": "Wait", "Seconds": 3, "End": true } } },
                    { "StartAt": "Fast", "States": { "Fast": { "Type": "Pass", "End": true } } } ] },
                "Each": { "Type": "Map", "ItemsPath": "$[0].items", "End": true,
                    "ItemProcessor": { "StartAt": "Item", "States": { "Item": { "Type": "Wait", "Seconds": 1, "End": true } } } } } }
            """;
        var observer = new RecordingObserver();

        var result = Machines.Run(definition, """{"items":[1,2,3]}""", options: new ExecutionOptions { Observer = observer });

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(result.Events.Select(e => (e.Id, e.Type)), observer.Events.Select(e => (e.Id, e.Type)));
        Assert.Contains(observer.Events, e => e.Type == HistoryEventType.ParallelStateStarted);
        Assert.Equal(3, observer.Events.Count(e => e.Type == HistoryEventType.MapIterationSucceeded));
    }

    [Fact]
    public void Observer_CancelsAfterAnEvent_ExecutionEndsAbortedWithThatEventLast()
    {
        const string definition = """
            { "StartAt": "Hold", "States": {
                "Hold": { "Type": "Wait", "Seconds": 60, "Next": "After" },
                "After": { "Type": "Pass", "End": true } } }
            """;
        using var stop = new CancellationTokenSource();
        var observer = new RecordingObserver(e =>
        {
            if (e.Type == HistoryEventType.WaitStateEntered)
            {
                stop.Cancel();
            }
        });

        var result = Machines.Run(definition, options: new ExecutionOptions { Observer = observer, Cancellation = stop.Token });

        Assert.Equal(ExecutionStatus.Aborted, result.Status);
        Assert.Equal([HistoryEventType.ExecutionStarted, HistoryEventType.WaitStateEntered, HistoryEventType.ExecutionAborted], observer.Events.Select(e => e.Type));
        // AWS links ExecutionAborted to no event (aws-recorded test_stop_execution).
        Assert.Equal(0, observer.Events[^1].PreviousEventId);
    }

    private sealed class RecordingObserver(Action<HistoryEvent>? onEvent = null) : IExecutionObserver
    {
        public List<HistoryEvent> Events { get; } = [];

        public List<ExecutionResult> Finished { get; } = [];

        public int EventsSeenAtFinish { get; private set; } = -1;

        public void EventRecorded(HistoryEvent e)
        {
            Events.Add(e);
            onEvent?.Invoke(e);
        }

        public void ExecutionFinished(ExecutionResult result)
        {
            EventsSeenAtFinish = Events.Count;
            Finished.Add(result);
        }
    }

    private sealed class EndsObserver : IExecutionObserver
    {
        private readonly List<HistoryEvent> _events = [];

        public List<string> Calls { get; } = [];

        public ExecutionResult? Terminal { get; private set; }

        public void EventRecorded(HistoryEvent e) => _events.Add(e);

        public void TerminalEventRecorded(ExecutionResult result)
        {
            Terminal = result;
            Calls.Add($"events {_events.Count}, last {_events[^1].Type}: terminal");
        }

        public void ExecutionFinished(ExecutionResult result) => Calls.Add("finished");
    }
}
