using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;

namespace EventPro.Specs.Harness.Chaos;

/// <summary>What the campaign metrics count of one execution, read from its history.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Retried">Whether any state was retried.</param>
/// <param name="TimedOut">Whether a task attempt timed out (States.Timeout) or the execution did.</param>
/// <param name="Compensated">Whether a compensating state ran.</param>
/// <param name="CriticalFailure">Whether a compensating state ran and did not complete: it exited after a failure (AWS records the exit when a Catch takes it elsewhere) or never exited.</param>
/// <param name="Faults">How many faults were injected.</param>
public readonly record struct ExecutionProfile(ExecutionStatus Status, bool Retried, bool TimedOut, bool Compensated, bool CriticalFailure, int Faults)
{
    /// <summary>Reads the profile of <paramref name="execution"/>, given the states that count as compensations.</summary>
    public static ExecutionProfile Of(ChaosExecution execution, IReadOnlySet<string> compensations)
    {
        ArgumentNullException.ThrowIfNull(execution);
        ArgumentNullException.ThrowIfNull(compensations);
        var result = execution.Result;
        int attempts = 0, entries = 0;
        var timedOut = result.Status == ExecutionStatus.TimedOut;
        Dictionary<string, int>? open = null;
        foreach (var e in result.Events)
        {
            switch (e.Type)
            {
                case HistoryEventType.TaskScheduled or HistoryEventType.LambdaFunctionScheduled or HistoryEventType.ParallelStateStarted or HistoryEventType.MapStateStarted:
                    attempts++;
                    break;
                case HistoryEventType.TaskTimedOut or HistoryEventType.LambdaFunctionTimedOut:
                    timedOut = true;
                    break;
                case HistoryEventType.TaskStateEntered or HistoryEventType.ParallelStateEntered or HistoryEventType.MapStateEntered:
                    entries++;
                    if (compensations.Contains(e.Name!))
                    {
                        open ??= new Dictionary<string, int>(StringComparer.Ordinal);
                        open[e.Name!] = open.GetValueOrDefault(e.Name!) + 1;
                    }

                    break;
                case HistoryEventType.TaskStateExited or HistoryEventType.ParallelStateExited or HistoryEventType.MapStateExited:
                    if (open is not null && open.TryGetValue(e.Name!, out var n) && Analysis.CompensationCheck.Succeeded(result, e))
                    {
                        open[e.Name!] = n - 1;
                    }

                    break;
            }
        }

        return new ExecutionProfile(result.Status, attempts > entries, timedOut, open is not null, open?.Values.Any(v => v > 0) == true, execution.Faults.Count);
    }
}
