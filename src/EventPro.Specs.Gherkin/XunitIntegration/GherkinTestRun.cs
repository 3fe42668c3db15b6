using System.Reflection;
using Xunit;
using Xunit.v3;

namespace EventPro.Specs.Gherkin;

/// <summary>
/// The assembly fixture that gives a test run its start and end: <c>[BeforeTestRun]</c> hooks
/// before the first test, then <c>[AfterFeature]</c> (for features not finished yet) and
/// <c>[AfterTestRun]</c> hooks after the last. Declare it once in the test assembly:
/// <c>[assembly: AssemblyFixture(typeof(GherkinTestRun))]</c>.
/// </summary>
public sealed class GherkinTestRun : IAsyncLifetime
{
    private Assembly? _testAssembly;

    /// <summary>Runs the <c>[BeforeTestRun]</c> hooks of the test assembly's bindings.</summary>
    /// <returns>A task that completes when they ran.</returns>
    public async ValueTask InitializeAsync()
    {
        _testAssembly = (TestContext.Current.TestAssembly as IXunitTestAssembly)?.Assembly
            ?? Assembly.GetEntryAssembly()
            ?? throw new InvalidOperationException("GherkinTestRun must be an xunit assembly fixture.");
        await GherkinRunners.For(_testAssembly).StartTestRunAsync().ConfigureAwait(false);
    }

    /// <summary>Runs the remaining <c>[AfterFeature]</c> hooks and the <c>[AfterTestRun]</c> hooks.</summary>
    /// <returns>A task that completes when they ran.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_testAssembly is not null)
        {
            await GherkinRunners.For(_testAssembly).FinishTestRunAsync().ConfigureAwait(false);
        }
    }
}
