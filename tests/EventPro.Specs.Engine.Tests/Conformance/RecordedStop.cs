using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Tests.Conformance;

/// <summary>
/// Replays a StopExecution where a recording shows it. A recording whose expected status is ABORTED
/// was stopped by its test while running; the event just before ExecutionAborted in its history is
/// the last one AWS recorded before the stop, so the run is stopped once the engine has recorded
/// that same event (same id and type). Nothing else about the case is assumed.
/// </summary>
internal sealed class RecordedStop : IExecutionObserver, IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly long _afterId;
    private readonly string _afterType;

    private RecordedStop(long afterId, string afterType)
    {
        _afterId = afterId;
        _afterType = afterType;
    }

    /// <summary>The token the execution must stop on.</summary>
    public CancellationToken Token => _stop.Token;

    /// <summary>The stop a recording shows, or null when it was not stopped (not ABORTED, or no history to place the stop).</summary>
    public static RecordedStop? For(ConformanceCase c)
    {
        if (c.Status != "ABORTED" || c.Events is null)
        {
            return null;
        }

        var events = c.Events.OfType<JsonObject>().ToList();
        var aborted = events.FindIndex(e => e.GetOrNull("type") is JsonString { Value: nameof(HistoryEventType.ExecutionAborted) });
        if (aborted < 1 || events[aborted - 1].GetOrNull("id") is not JsonNumber { IsIntegral: true } id || events[aborted - 1].GetOrNull("type") is not JsonString type)
        {
            return null;
        }

        return new RecordedStop((long)id.Value, type.Value);
    }

    /// <inheritdoc />
    public void EventRecorded(HistoryEvent e)
    {
        if (e.Id == _afterId && e.Type.ToString() == _afterType)
        {
            _stop.Cancel();
        }
    }

    /// <inheritdoc />
    public void ExecutionFinished(ExecutionResult result)
    {
    }

    /// <inheritdoc />
    public void Dispose() => _stop.Dispose();
}
