namespace EventPro.Specs.Gherkin.Parsing;

/// <summary>A syntax error in a feature file, with its position.</summary>
/// <param name="FilePath">The feature file's path relative to the repository root.</param>
/// <param name="Line">The 1-based line of the error (0 when the parser gave none).</param>
/// <param name="Column">The 1-based column of the error (0 when the parser gave none).</param>
/// <param name="Message">The parser's message without its position prefix.</param>
public sealed record FeatureParseError(string FilePath, int Line, int Column, string Message)
{
    /// <summary>The error as <c>path:line:column: message</c>, the form editors and CI logs link.</summary>
    /// <returns>The formatted error.</returns>
    public override string ToString() => $"{FilePath}:{Line}:{Column}: {Message}";
}
