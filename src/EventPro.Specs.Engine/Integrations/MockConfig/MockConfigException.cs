namespace EventPro.Specs.Engine.Integrations.MockConfig;

/// <summary>
/// A mock configuration file that cannot be used: invalid JSON, a malformed test case or mocked
/// response, or a test case that does not exist when selected. The message names the file and,
/// for every problem, the JSON pointer, line and column, and the reason.
/// </summary>
public sealed class MockConfigException : Exception
{
    /// <summary>Creates the exception for the problems found in <paramref name="source"/>.</summary>
    public MockConfigException(string source, IReadOnlyList<MockConfigProblem> problems)
        : base(Describe(source, problems))
    {
        Source = source;
        Problems = problems;
    }

    /// <summary>The file (or other source name) the configuration was read from.</summary>
    public new string Source { get; }

    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<MockConfigProblem> Problems { get; }

    private static string Describe(string source, IReadOnlyList<MockConfigProblem> problems) =>
        problems.Count == 1
            ? $"{source}: {problems[0]}"
            : $"{source}: {problems.Count} problems:{Environment.NewLine}" + string.Join(Environment.NewLine, problems.Select(p => $"  {source}: {p}"));
}
