using System.Globalization;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Validation;

/// <summary>One mistake found in a definition: what, how serious, and exactly where.</summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="Code">The stable code, e.g. ASL031 (see <see cref="AslCodes"/>).</param>
/// <param name="Source">The file, when known.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="StateName">The state the mistake is in, if any.</param>
/// <param name="Pointer">RFC 6901 JSON pointer of the offending value ("" for the whole definition).</param>
/// <param name="Message">One sentence: what is wrong and what to change.</param>
public sealed record Finding(
    FindingSeverity Severity,
    string Code,
    string? Source,
    int Line,
    int Column,
    string? StateName,
    string Pointer,
    string Message)
{
    /// <summary>Whether this finding is an error.</summary>
    public bool IsError => Severity == FindingSeverity.Error;

    /// <summary>The severity as printed: <c>error</c> or <c>warning</c>.</summary>
    public string SeverityName => IsError ? "error" : "warning";

    /// <summary>The compiler-style line: <c>file:line:col: error ASL031 [State] /States/X/Next: message</c>.</summary>
    public override string ToString()
    {
        var state = StateName is null ? string.Empty : $"[{StateName}] ";
        var pointer = Pointer.Length == 0 ? "/" : Pointer;
        return string.Create(CultureInfo.InvariantCulture, $"{Source ?? "definition"}:{Line}:{Column}: {SeverityName} {Code} {state}{pointer}: {Message}");
    }

    /// <summary>The finding as a JSON object (the <c>--json</c> form).</summary>
    public JsonObject ToJson() => JsonObject.Of(
        ("severity", SeverityName),
        ("code", Code),
        ("file", Source is null ? JsonNull.Instance : Source),
        ("line", Line),
        ("column", Column),
        ("state", StateName is null ? JsonNull.Instance : StateName),
        ("pointer", Pointer),
        ("message", Message));
}
