using EventPro.Specs.Gherkin.Parsing;

namespace EventPro.Specs.Gherkin;

/// <summary>A feature file does not parse; its test case fails with every syntax error and its position.</summary>
public sealed class FeatureParseException : Exception
{
    private readonly string _stackTrace;

    /// <summary>Creates the exception.</summary>
    /// <param name="errors">The syntax errors.</param>
    /// <param name="root">The repository root.</param>
    public FeatureParseException(IReadOnlyList<FeatureParseError> errors, string root)
        : base($"The feature file {errors[0].FilePath} does not parse:\n" + string.Join("\n", errors.Select(e => "  " + e)))
    {
        Errors = errors;
        _stackTrace = string.Join(
            Environment.NewLine,
            errors.Select(e => $"   at {e.FilePath} in {Path.GetFullPath(Path.Combine(root, e.FilePath))}:line {e.Line}"));
    }

    /// <summary>The syntax errors.</summary>
    public IReadOnlyList<FeatureParseError> Errors { get; }

    /// <summary>The positions of the errors.</summary>
    public override string StackTrace => _stackTrace;
}
