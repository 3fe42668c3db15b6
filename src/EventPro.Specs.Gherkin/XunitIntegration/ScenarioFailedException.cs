namespace EventPro.Specs.Gherkin;

/// <summary>
/// How a failed scenario fails its xunit test: the message names each failing step's
/// <c>file:line</c>, the step text and the cause; the "stack trace" is the feature file position
/// of each failure instead of the runner's and reflection's frames.
/// </summary>
public sealed class ScenarioFailedException : Exception
{
    private readonly string _stackTrace;

    /// <summary>Creates the exception for a failed result.</summary>
    /// <param name="result">The failed scenario's result.</param>
    /// <param name="root">The repository root, to print absolute (clickable) feature paths.</param>
    public ScenarioFailedException(ScenarioResult result, string root)
        : base(result.FailureMessage)
    {
        Result = result;
        _stackTrace = string.Join(
            Environment.NewLine,
            result.Failures.Select(f => $"   at {result.Scenario.DisplayName} in {AbsoluteLocation(root, f.Location)}"));
    }

    /// <summary>The scenario's result (steps, failures, the original exceptions).</summary>
    public ScenarioResult Result { get; }

    /// <summary>The feature file positions of the failures.</summary>
    public override string StackTrace => _stackTrace;

    // "features/a.feature:12" -> "/repo/features/a.feature:line 12", the form .NET stack frames use.
    private static string AbsoluteLocation(string root, string location)
    {
        var colon = location.LastIndexOf(':');
        return colon > 0 && int.TryParse(location.AsSpan(colon + 1), out var line)
            ? $"{Path.GetFullPath(Path.Combine(root, location[..colon]))}:line {line}"
            : location;
    }
}
