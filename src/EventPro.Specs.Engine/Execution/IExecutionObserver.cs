using EventPro.Specs.Engine.History;

namespace EventPro.Specs.Engine.Execution;

/// <summary>
/// Sees an execution while it runs: each history event as the engine records it, the moment its own
/// terminal event is recorded, then the end of the run with its child executions.
/// Set it with <see cref="ExecutionOptions.Observer"/>; without one the engine does no extra work.
/// </summary>
/// <remarks>
/// <para>
/// Why two ends: a request-response <c>states:startExecution</c> child runs on its own and may outlive
/// its parent (developer guide, connect-stepfunctions), so the parent's status is SUCCEEDED (or FAILED,
/// ...) as soon as its own terminal event is recorded, while the engine's run of it, which shares its
/// loop with the child, returns only when the child has ended too, to hand back every child's history.
/// <see cref="TerminalEventRecorded"/> is the first moment (what a host shows, e.g. DescribeExecution);
/// <see cref="ExecutionFinished"/> the second (the result <see cref="StepFunctionsEngine.Execute"/> returns).
/// Without such children they come one right after the other, with the same result.
/// </para>
/// <para>
/// Every method is called on the execution's loop thread, synchronously, so an observer sees the
/// events in id order (Parallel branches and Map iterations included, interleaved as recorded) and
/// must return quickly: the execution waits meanwhile. Events are immutable and may be kept and read
/// from other threads. An exception thrown by an observer escapes <see cref="StepFunctionsEngine.Execute"/>.
/// Cancelling <see cref="ExecutionOptions.Cancellation"/> from <see cref="EventRecorded"/> stops the
/// execution where it can next be stopped (a Wait, a Task, a retry back-off or the next state), as a
/// StopExecution arriving at that moment would. Only the execution the options were given to is
/// observed, not the child executions it starts (see <see cref="ExecutionOptions.ChildExecutionObserver"/>).
/// </para>
/// </remarks>
/// <example>
/// <code>
/// sealed class Printer : IExecutionObserver
/// {
///     public void EventRecorded(HistoryEvent e) =&gt; Console.WriteLine($"{e.Id} {e.Type}");
///     public void TerminalEventRecorded(ExecutionResult result) =&gt; Console.WriteLine($"{result.StatusName}, children may still run");
///     public void ExecutionFinished(ExecutionResult result) =&gt; Console.WriteLine($"{result.ChildExecutions.Count} children ended too");
/// }
/// engine.Execute(machine, input, new ExecutionOptions { Observer = new Printer() });
/// </code>
/// </example>
public interface IExecutionObserver
{
    /// <summary>Called once per event, just after the engine added it to the history.</summary>
    void EventRecorded(HistoryEvent e);

    /// <summary>
    /// Called once, as soon as the execution's terminal event (ExecutionSucceeded, ExecutionFailed,
    /// ExecutionTimedOut or ExecutionAborted) has been recorded and passed to <see cref="EventRecorded"/>:
    /// the execution has ended, with this status, output and history, even if request-response child
    /// executions it started still run; so <paramref name="result"/> has no
    /// <see cref="ExecutionResult.ChildExecutions"/>. <see cref="ExecutionFinished"/> follows when they have
    /// ended. The default does nothing, for observers that only need the whole run.
    /// </summary>
    void TerminalEventRecorded(ExecutionResult result)
    {
    }

    /// <summary>
    /// Called once when the engine's run of the execution is over: after <see cref="TerminalEventRecorded"/>
    /// and after every child execution it started has ended, with the result
    /// <see cref="StepFunctionsEngine.Execute"/> returns (its <see cref="ExecutionResult.ChildExecutions"/> included).
    /// </summary>
    void ExecutionFinished(ExecutionResult result);
}
