namespace EventPro.Specs.Engine.Integrations.MockConfig;

/// <summary>One thing wrong with a mock configuration file: where it is and why it is wrong.</summary>
/// <param name="Pointer">The JSON pointer of the offending value (empty for the whole document).</param>
/// <param name="Line">1-based line of the offending value.</param>
/// <param name="Column">1-based column of the offending value.</param>
/// <param name="Reason">What is wrong.</param>
public sealed record MockConfigProblem(string Pointer, int Line, int Column, string Reason)
{
    /// <summary>The problem as one line: <c>/pointer (line L, column C): reason</c>.</summary>
    public override string ToString() => $"{(Pointer.Length == 0 ? "/" : Pointer)} (line {Line}, column {Column}): {Reason}";
}
