using EventPro.Specs.Engine.Execution;

namespace EventPro.Specs.Harness.Analysis;

/// <summary>The saga rule: when an execution does not succeed, every completion of an action is followed later by a run of its compensation.</summary>
public static class CompensationCheck
{
    /// <summary>Null when the rule holds for <paramref name="result"/>, else which completion was left uncompensated.</summary>
    public static string? Check(ExecutionResult result, string action, string compensation)
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
            if (e.Name == action && e.Type.ToString().EndsWith("StateExited", StringComparison.Ordinal) && !EnteredAfter(result, compensation, i))
            {
                return $"'{action}' completed (event #{e.Id}) but '{compensation}' never ran after it, and the execution ended {result.StatusName}{(result.Error is null ? string.Empty : $" ({result.Error})")}. Path: {string.Join(" -> ", result.Path)}.";
            }
        }

        return null;
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
