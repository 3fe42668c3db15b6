namespace EventPro.Specs.Engine.Json;

/// <summary>JSON text that could not be parsed, with the 1-based line and column of the problem.</summary>
public sealed class JsonParseException : Exception
{
    /// <summary>Creates the exception.</summary>
    public JsonParseException(string reason, int line, int column)
        : base($"invalid JSON at line {line}, column {column}: {reason}")
    {
        Reason = reason;
        Line = line;
        Column = column;
    }

    /// <summary>A problem at a byte offset not yet turned into a line and column (the parser does that).</summary>
    internal JsonParseException(string reason, int offset)
        : base(reason)
    {
        Reason = reason;
        Line = -1;
        Column = offset;
    }

    /// <summary>What is wrong, without the position.</summary>
    public string Reason { get; }

    /// <summary>1-based line.</summary>
    public int Line { get; }

    /// <summary>1-based column.</summary>
    public int Column { get; }
}
