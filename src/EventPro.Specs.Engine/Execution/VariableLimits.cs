using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Execution;

/// <summary>
/// AWS's size limits on workflow variables ("Passing data between states with variables", "Size
/// limits for variables"): one variable at most 256 KiB, all the values of one Assign together at
/// most 256 KiB, and the variables stored by an execution at most 10 MiB. Sizes are those of the
/// values' compact JSON text in UTF-8. AWS's error for a breach is not in the recorded executions;
/// like an oversized state output it fails the state with States.DataLimitExceeded.
/// </summary>
internal static class VariableLimits
{
    /// <summary>The largest single variable.</summary>
    public const long MaxVariableBytes = 256 * 1024;

    /// <summary>The largest total of one Assign block.</summary>
    public const long MaxAssignBytes = 256 * 1024;

    /// <summary>The largest total of the variables an execution holds.</summary>
    public const long MaxStoredBytes = 10 * 1024 * 1024;

    /// <summary>Checks the values <paramref name="assigned"/> by one state against the limits, given the variables already in <paramref name="scope"/>.</summary>
    public static void Check(string stateName, JsonObject assigned, VariableScope scope)
    {
        long assignTotal = 0;
        foreach (var (name, value) in assigned.AsSpan())
        {
            var size = JsonSize.Utf8Length(value);
            if (size > MaxVariableBytes)
            {
                throw Exceeded(stateName, $"the variable '{name}' is {size} bytes; a variable may hold at most {MaxVariableBytes} bytes");
            }

            assignTotal += size;
        }

        if (assignTotal > MaxAssignBytes)
        {
            throw Exceeded(stateName, $"its Assign holds {assignTotal} bytes; one Assign may hold at most {MaxAssignBytes} bytes");
        }

        var stored = assignTotal;
        foreach (var (name, value) in scope.Visible())
        {
            if (!assigned.ContainsKey(name))
            {
                stored += JsonSize.Utf8Length(value);
            }
        }

        if (stored > MaxStoredBytes)
        {
            throw Exceeded(stateName, $"the variables would hold {stored} bytes; an execution may store at most {MaxStoredBytes} bytes");
        }
    }

    private static StatesException Exceeded(string stateName, string detail) =>
        new(StatesErrors.DataLimitExceeded, $"The state '{stateName}' assigned variables exceeding the maximum number of bytes service limit: {detail}.");
}
