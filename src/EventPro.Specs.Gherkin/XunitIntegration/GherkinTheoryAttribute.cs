using System.Runtime.CompilerServices;
using Xunit;
using Xunit.v3;

namespace EventPro.Specs.Gherkin;

/// <summary>
/// A <c>[Theory]</c> for Gherkin scenarios that lets them run in parallel: plain theories run
/// their rows one after another, so this one's discoverer gives each scenario (or each feature,
/// see <see cref="Parallelization"/>) its own xunit test collection.
/// </summary>
[XunitTestCaseDiscoverer(typeof(GherkinTheoryDiscoverer))]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class GherkinTheoryAttribute : TheoryAttribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="sourceFilePath">Filled in by the compiler.</param>
    /// <param name="sourceLineNumber">Filled in by the compiler.</param>
    public GherkinTheoryAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber)
    {
    }

    /// <summary>Which scenarios may run at the same time; <see cref="GherkinParallelization.PerScenario"/> by default.</summary>
    public GherkinParallelization Parallelization { get; set; } = GherkinParallelization.PerScenario;
}
