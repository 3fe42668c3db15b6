using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;

namespace EventPro.Specs.Server.Registry;

/// <summary>
/// The history of a running execution, as far as the engine has recorded it, so GetExecutionHistory
/// shows events while the execution runs, as AWS does. The engine appends on its loop thread (through
/// the execution's <see cref="IExecutionObserver"/>, the launcher's <c>ExecutionRecordObserver</c>, or this
/// one directly); API requests read snapshots from their own threads.
/// Events are only ever appended, so event i of one snapshot is event i of every later one.
/// </summary>
public sealed class LiveHistory : IExecutionObserver
{
    private readonly List<HistoryEvent> _events = [];

    /// <summary>How many events have been recorded so far.</summary>
    public int Count
    {
        get
        {
            lock (_events)
            {
                return _events.Count;
            }
        }
    }

    /// <summary>The events recorded so far, in id order (a copy: later events do not change it).</summary>
    public IReadOnlyList<HistoryEvent> Snapshot()
    {
        lock (_events)
        {
            return _events.ToArray();
        }
    }

    /// <inheritdoc />
    public void EventRecorded(HistoryEvent e)
    {
        lock (_events)
        {
            _events.Add(e);
        }
    }

    /// <inheritdoc />
    public void ExecutionFinished(ExecutionResult result)
    {
        // The record's outcome takes over from here (ExecutionRecord.Complete), with the same events.
    }
}
