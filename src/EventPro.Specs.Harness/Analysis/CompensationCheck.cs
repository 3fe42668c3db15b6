using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;

namespace EventPro.Specs.Harness.Analysis;

/// <summary>
/// The saga rule: when an execution does not succeed, every completion of an action is followed later
/// by a run of its compensation. A completion is an exit after the state's work succeeded: AWS also
/// records TaskStateExited when a Catch takes a failed Task elsewhere, and a failed action has
/// nothing to undo.
/// </summary>
public static class CompensationCheck
{
    /// <summary>Null when the rule holds for <paramref name="result"/>, else which completion was left uncompensated.</summary>
    public static string? Check(ExecutionResult result, string action, string compensation) => Check(result, action, [compensation]);

    /// <summary>Null when each completion of <paramref name="action"/> is followed by a run of one of <paramref name="compensations"/> (a saga that undoes it on different paths).</summary>
    public static string? Check(ExecutionResult result, string action, IReadOnlyList<string> compensations)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Status == ExecutionStatus.Succeeded)
        {
            // A successful execution needs no compensation.
            return null;
        }

        for (var i = 0; i < result.Events.Count; i++)
        {
            var e = result.Events[i];
            if (e.Name == action && e.Type.ToString().EndsWith("StateExited", StringComparison.Ordinal) && Succeeded(result, e) && !compensations.Any(c => EnteredAfter(result, c, i)))
            {
                return $"'{action}' completed (event #{e.Id}) but {string.Join(" or ", compensations.Select(c => $"'{c}'"))} never ran after it, and the execution ended {result.StatusName}{(result.Error is null ? string.Empty : $" ({result.Error})")}. Path: {string.Join(" -> ", result.Path)}.";
            }
        }

        return null;
    }

    /// <summary>Whether the exit follows a success of the state's work (or the state has no work that fails: Pass, Choice, Wait).</summary>
    public static bool Succeeded(ExecutionResult result, HistoryEvent exited)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(exited);
        var previous = EventById(result, exited.PreviousEventId);
        return previous is null || previous.Type switch
        {
            HistoryEventType.TaskFailed or HistoryEventType.TaskTimedOut or HistoryEventType.LambdaFunctionFailed or HistoryEventType.LambdaFunctionTimedOut
                or HistoryEventType.LambdaFunctionScheduleFailed or HistoryEventType.LambdaFunctionStartFailed or HistoryEventType.TaskStartFailed
                or HistoryEventType.TaskSubmitFailed or HistoryEventType.ParallelStateFailed or HistoryEventType.MapStateFailed => false,
            _ => true,
        };
    }

    /// <summary>The event with id <paramref name="id"/>, or null.</summary>
    public static HistoryEvent? EventById(ExecutionResult result, long id)
    {
        ArgumentNullException.ThrowIfNull(result);
        // Ids run from 1 in order, so the event is usually at id - 1.
        if (id >= 1 && id <= result.Events.Count && result.Events[(int)id - 1].Id == id)
        {
            return result.Events[(int)id - 1];
        }

        return result.Events.FirstOrDefault(e => e.Id == id);
    }

    private static bool EnteredAfter(ExecutionResult result, string state, int index)
    {
        for (var i = index + 1; i < result.Events.Count; i++)
        {
            var e = result.Events[i];
            if (e.Name == state && e.Type.ToString().EndsWith("StateEntered", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
