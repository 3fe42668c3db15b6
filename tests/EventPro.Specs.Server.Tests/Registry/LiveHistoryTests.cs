using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Registry;

namespace EventPro.Specs.Server.Tests.Registry;

public class LiveHistoryTests
{
    private const string ManyEvents = """
        {"StartAt":"Each","States":{"Each":{"Type":"Map","MaxConcurrency":4,"End":true,
          "ItemProcessor":{"StartAt":"Item","States":{"Item":{"Type":"Pass","End":true}}}}}}
        """;

    [Fact]
    public void Snapshots_TakenWhileTheEngineRecords_AreAlwaysAPrefixOfTheHistory()
    {
        var history = new LiveHistory();
        var machine = StateMachine.Parse(ManyEvents, "many.asl.json");
        var input = JsonArray.From(Enumerable.Range(0, 300).Select(i => (JsonValue)JsonNumber.From(i)));
        var snapshots = new List<IReadOnlyList<Engine.History.HistoryEvent>>();
        using var done = new ManualResetEventSlim();

        // One thread reads snapshots while the engine appends on its own thread.
        var reader = new Thread(() =>
        {
            while (!done.IsSet && snapshots.Count < 5000)
            {
                snapshots.Add(history.Snapshot());
            }
        });
        reader.Start();
        var result = new StepFunctionsEngine().Execute(machine, input, new ExecutionOptions { Observer = history });
        done.Set();
        reader.Join();

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(result.Events, history.Snapshot());
        Assert.Equal(result.Events.Count, history.Count);
        Assert.All(snapshots, s => Assert.Equal(result.Events.Take(s.Count), s));
    }

    [Fact]
    public void Snapshot_LaterEvents_DoNotChangeIt()
    {
        var history = new LiveHistory();
        IReadOnlyList<Engine.History.HistoryEvent>? early = null;
        var observer = new SnapshotAfterFirstEvent(history, s => early ??= s);
        var machine = StateMachine.Parse("""{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""", "pass.asl.json");

        var result = new StepFunctionsEngine().Execute(machine, JsonObject.Empty, new ExecutionOptions { Observer = observer });

        Assert.Single(early!);
        Assert.Equal(4, result.Events.Count);
        Assert.Equal(4, history.Count);
    }

    private sealed class SnapshotAfterFirstEvent(LiveHistory history, Action<IReadOnlyList<Engine.History.HistoryEvent>> keep) : IExecutionObserver
    {
        public void EventRecorded(Engine.History.HistoryEvent e)
        {
            history.EventRecorded(e);
            keep(history.Snapshot());
        }

        public void ExecutionFinished(ExecutionResult result) => history.ExecutionFinished(result);
    }
}
