using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Server.Registry;

namespace EventPro.Specs.Server.Executions;

/// <summary>
/// Keeps a server execution record up to date while the engine runs it: each event goes to its live
/// history (when the history is kept), and the record is completed the moment the execution's own
/// terminal event is recorded, so DescribeExecution shows it ended even while a request-response child
/// it started still runs (developer guide, connect-stepfunctions: such a child runs on its own).
/// </summary>
/// <param name="record">The execution's record.</param>
/// <param name="keepHistory">Whether the record keeps the events (not for an Express execution the server does not keep, <c>KeepExpressExecutions</c> off).</param>
internal sealed class ExecutionRecordObserver(ExecutionRecord record, bool keepHistory) : IExecutionObserver
{
    /// <inheritdoc />
    public void EventRecorded(HistoryEvent e)
    {
        if (keepHistory)
        {
            record.History.EventRecorded(e);
        }
    }

    /// <inheritdoc />
    public void TerminalEventRecorded(ExecutionResult result) => record.Complete(ExecutionOutcome.From(result, record.StopRequest, keepHistory));

    /// <inheritdoc />
    public void ExecutionFinished(ExecutionResult result)
    {
        // The record was completed at the terminal event; the children have their own records.
    }
}
