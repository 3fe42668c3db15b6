namespace EventPro.Specs.Gherkin.Running;

/// <summary>Run-level or feature-level hooks failed (<c>[BeforeTestRun]</c>, <c>[AfterFeature]</c>, <c>[AfterTestRun]</c>).</summary>
public sealed class GherkinHookException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="failures">Each failing hook and its cause.</param>
    public GherkinHookException(IReadOnlyList<ScenarioFailure> failures)
        : base("Gherkin hooks failed:\n" + string.Join("\n\n", failures.Select(f => $"{f.Context}\n{f.Message}")))
    {
        Failures = failures;
    }

    /// <summary>Each failing hook and its cause.</summary>
    public IReadOnlyList<ScenarioFailure> Failures { get; }
}
