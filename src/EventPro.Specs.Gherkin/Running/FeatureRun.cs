namespace EventPro.Specs.Gherkin.Running;

/// <summary>
/// One feature within a test run: its shared context, whether <c>[BeforeFeature]</c> failed,
/// and whether <c>[AfterFeature]</c> already ran.
/// </summary>
internal sealed class FeatureRun(FeatureContext context, IReadOnlyList<ScenarioFailure> beforeFeatureFailures)
{
    private int _finished;

    public FeatureContext Context { get; } = context;

    public IReadOnlyList<ScenarioFailure> BeforeFeatureFailures { get; } = beforeFeatureFailures;

    /// <summary>Marks the feature finished; <c>true</c> only for the first caller.</summary>
    /// <returns>Whether this call should run the after-feature hooks.</returns>
    public bool TryFinish() => Interlocked.Exchange(ref _finished, 1) == 0;
}
