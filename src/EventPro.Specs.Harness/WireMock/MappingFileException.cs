namespace EventPro.Specs.Harness.WireMock;

/// <summary>A WireMock mapping file (or inline mapping JSON) that cannot be loaded, with where and why.</summary>
public sealed class MappingFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file path, or a description of inline JSON.</param>
    /// <param name="line">1-based line of the fault, when known.</param>
    /// <param name="column">1-based column of the fault, when known.</param>
    /// <param name="message">The full message (it names <paramref name="source"/>).</param>
    /// <param name="innerException">The parser's or WireMock's error.</param>
    public MappingFileException(string source, int? line, int? column, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Source = source;
        Line = line;
        Column = column;
    }

    /// <summary>The file path, or a description of inline JSON.</summary>
    public new string Source { get; }

    /// <summary>1-based line of the fault, when known.</summary>
    public int? Line { get; }

    /// <summary>1-based column of the fault, when known.</summary>
    public int? Column { get; }
}
