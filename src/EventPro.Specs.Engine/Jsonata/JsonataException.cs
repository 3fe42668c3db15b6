using EventPro.Specs.Engine.Jsonata.Evaluation;

namespace EventPro.Specs.Engine.Jsonata;

/// <summary>
/// A JSONata compile or evaluation error, identified by the reference implementation's error code
/// (S0xxx syntax, T0xxx/T1xxx/T2xxx type, D1xxx/D2xxx/D3xxx dynamic, U1001 runaway evaluation).
/// The message is the reference implementation's text for the code, so a state runner can report
/// "<c>{Code}: {Message}</c>" exactly as AWS Step Functions does
/// (e.g. "T1006: Attempted to invoke a non-function").
/// </summary>
public class JsonataException : Exception
{
    private readonly string? _explicitMessage;

    /// <summary>Creates the error with an explicit message.</summary>
    public JsonataException(string code, string message, int? position = null, string? token = null)
        : base(message)
    {
        Code = code;
        _explicitMessage = message;
        Position = position;
        Token = token;
    }

    /// <summary>Creates an error whose message is the reference template for <paramref name="code"/>, filled in when read.</summary>
    internal JsonataException(string code)
        : base(code) => Code = code;

    /// <summary>The JSONata error code, e.g. <c>T2002</c>.</summary>
    public string Code { get; }

    /// <summary>The character offset in the expression the error relates to, when known.</summary>
    public int? Position { get; internal set; }

    /// <summary>The token (operator, function name) the error relates to, when known.</summary>
    public string? Token { get; internal set; }

    /// <summary>
    /// Whether this is a resource guard (depth, time or memory) rather than a JSONata error. AWS
    /// reports those without a code ("threw an error during evaluation: Stack overflow error: ...")
    /// where it reports JSONata errors as "threw an error during evaluation. T1006: ...".
    /// </summary>
    public bool IsResourceLimit { get; internal init; }

    /// <summary>The reference text for the code, with its placeholders filled in.</summary>
    public override string Message => _explicitMessage ?? ErrorMessages.Format(this);

    /// <summary>The offending value (a runtime value), for the <c>{{value}}</c> placeholder.</summary>
    internal object? Value { get; set; }

    /// <summary>Whether <see cref="Value"/> was supplied (JSONata prints <c>undefined</c> otherwise).</summary>
    internal bool HasValue { get; set; }

    /// <summary>The second offending value, for <c>{{value2}}</c>.</summary>
    internal object? Value2 { get; set; }

    /// <summary>The 1-based argument index, for <c>{{index}}</c>.</summary>
    internal int? Index { get; set; }

    /// <summary>The expected array item type, for <c>{{type}}</c>.</summary>
    internal string? ExpectedType { get; set; }

    /// <summary>The exponent of a failed $power, for <c>{{exp}}</c>.</summary>
    internal object? Exponent { get; set; }

    /// <summary>A free text inserted verbatim (<c>{{{message}}}</c>, <c>{{{functionName}}}</c>).</summary>
    internal string? Detail { get; set; }
}
