using EventPro.Specs.Engine.History;

namespace EventPro.Specs.Engine.Execution;

/// <summary>
/// Sees an execution while it runs: each history event as the engine records it, then the end.
/// Set it with <see cref="ExecutionOptions.Observer"/>; without one the engine does no extra work.
/// </summary>
/// <remarks>
/// Both methods are called on the execution's loop thread, synchronously, so an observer sees the
/// events in id order (Parallel branches and Map iterations included, interleaved as recorded) and
/// must return quickly: the execution waits meanwhile. Events are immutable and may be kept and read
/// from other threads. An exception thrown by an observer escapes <see cref="StepFunctionsEngine.Execute"/>.
/// Cancelling <see cref="ExecutionOptions.Cancellation"/> from <see cref="EventRecorded"/> stops the
/// execution where it can next be stopped (a Wait, a Task, a retry back-off or the next state), as a
/// StopExecution arriving at that moment would.
/// </remarks>
/// <example>
/// <code>
/// sealed class Printer : IExecutionObserver
/// {
///     public void EventRecorded(HistoryEvent e) =&gt; Console.WriteLine($"{e.Id} {e.Type}");
///     public void ExecutionFinished(ExecutionResult result) =&gt; Console.WriteLine(result.StatusName);
/// }
/// engine.Execute(machine, input, new ExecutionOptions { Observer = new Printer() });
/// </code>
/// </example>
public interface IExecutionObserver
{
    /// <summary>Called once per event, just after the engine added it to the history.</summary>
    void EventRecorded(HistoryEvent e);

    /// <summary>Called once when the execution has ended (its last event was already passed to <see cref="EventRecorded"/>).</summary>
    void ExecutionFinished(ExecutionResult result);
}
