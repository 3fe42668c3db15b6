namespace EventPro.Specs.Gherkin;

/// <summary>
/// Which scenarios of a <see cref="GherkinTheoryAttribute"/> may run at the same time. xunit.v3
/// runs test collections in parallel and the cases of one collection one after another, so the
/// discoverer puts each scenario (or each feature) in a test collection of its own.
/// </summary>
public enum GherkinParallelization
{
    /// <summary>Every scenario is its own test collection: all may run in parallel (xunit's thread limit applies).</summary>
    PerScenario,

    /// <summary>Each feature file is a test collection: features run in parallel, a feature's scenarios in file order.</summary>
    PerFeature,

    /// <summary>The scenarios stay in the test class's collection and run one after another.</summary>
    None,
}
