using EventPro.Specs.Engine.Validation;

namespace EventPro.Specs.Engine.Definition;

/// <summary>
/// A definition the engine cannot run. The message names the file, the line and column, the state
/// and the JSON pointer, so a user can go straight to the mistake.
/// </summary>
public sealed class DefinitionException : Exception
{
    /// <summary>Creates the error with its finding code (see <see cref="AslCodes"/>).</summary>
    public DefinitionException(string code, string? source, string pointer, int line, int column, string? stateName, string reason)
        : base(Describe(source, pointer, line, column, stateName, reason))
    {
        Code = code;
        Source = source;
        Pointer = pointer;
        Line = line;
        Column = column;
        StateName = stateName;
        Reason = reason;
    }

    /// <summary>The stable code of the mistake, e.g. ASL031 (see <see cref="AslCodes"/>).</summary>
    public string Code { get; }

    /// <summary>The file the definition came from, when known.</summary>
    public new string? Source { get; }

    /// <summary>JSON pointer of the offending value.</summary>
    public string Pointer { get; }

    /// <summary>1-based line (0 when unknown).</summary>
    public int Line { get; }

    /// <summary>1-based column (0 when unknown).</summary>
    public int Column { get; }

    /// <summary>The state the mistake is in, if any.</summary>
    public string? StateName { get; }

    /// <summary>What is wrong and what to change.</summary>
    public string Reason { get; }

    private static string Describe(string? source, string pointer, int line, int column, string? stateName, string reason)
    {
        var where = source ?? "definition";
        if (line > 0)
        {
            where += $":{line}:{column}";
        }

        var state = stateName is null ? string.Empty : $" state '{stateName}'";
        var at = pointer.Length == 0 ? "/" : pointer;
        return $"{where}:{state} at {at}: {reason}";
    }
}
