namespace EventPro.Specs.Gherkin.Parsing;

/// <summary>
/// A parsed feature file: its feature and runnable cases, or the syntax errors that stopped it.
/// </summary>
public sealed class FeatureFile
{
    /// <summary>Creates the result of parsing one file.</summary>
    /// <param name="path">The file's path relative to the repository root, with forward slashes.</param>
    /// <param name="feature">The feature, or <c>null</c> when the file is empty or did not parse.</param>
    /// <param name="scenarios">The runnable cases, in file order.</param>
    /// <param name="errors">The syntax errors; empty when the file parsed.</param>
    public FeatureFile(string path, FeatureInfo? feature, IReadOnlyList<CompiledScenario> scenarios, IReadOnlyList<FeatureParseError> errors)
    {
        Path = path;
        Feature = feature;
        Scenarios = scenarios;
        Errors = errors;
    }

    /// <summary>The file's path relative to the repository root, with forward slashes.</summary>
    public string Path { get; }

    /// <summary>The feature, or <c>null</c> when the file is empty or did not parse.</summary>
    public FeatureInfo? Feature { get; }

    /// <summary>The runnable cases, in file order.</summary>
    public IReadOnlyList<CompiledScenario> Scenarios { get; }

    /// <summary>The syntax errors; empty when the file parsed.</summary>
    public IReadOnlyList<FeatureParseError> Errors { get; }

    /// <summary>Whether the file failed to parse.</summary>
    public bool HasErrors => Errors.Count > 0;

    /// <summary>Finds a case by its <see cref="CompiledScenario.Id"/>.</summary>
    /// <param name="id">The identity, <c>line</c> or <c>line:exampleLine</c>.</param>
    /// <returns>The case, or <c>null</c> when the file has none with that identity.</returns>
    public CompiledScenario? FindScenario(string id) => Scenarios.FirstOrDefault(s => s.Id == id);
}
