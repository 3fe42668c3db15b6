using System.Collections.Concurrent;
using Xunit;
using Xunit.Sdk;
using Xunit.v3;

namespace EventPro.Specs.Gherkin;

/// <summary>
/// The discoverer of <see cref="GherkinTheoryAttribute"/>: a normal theory discoverer that moves
/// each scenario's test case into a test collection per scenario or per feature file, because
/// xunit.v3 parallelises test collections and nothing smaller. The collection travels with the
/// serialised test case, so runs from test explorers behave the same.
/// </summary>
public sealed class GherkinTheoryDiscoverer : TheoryDiscoverer
{
    private static readonly ConcurrentDictionary<string, IXunitTestCollection> Collections = new(StringComparer.Ordinal);

    /// <summary>Discovers with theory pre-enumeration forced on, so each scenario is its own test case.</summary>
    /// <param name="discoveryOptions">The runner's discovery options.</param>
    /// <param name="testMethod">The test method.</param>
    /// <param name="factAttribute">The <see cref="GherkinTheoryAttribute"/>.</param>
    /// <returns>One test case per scenario.</returns>
    public override ValueTask<IReadOnlyCollection<IXunitTestCase>> Discover(
        ITestFrameworkDiscoveryOptions discoveryOptions, IXunitTestMethod testMethod, IFactAttribute factAttribute) =>
        base.Discover(new PreEnumeratingDiscoveryOptions(discoveryOptions), testMethod, factAttribute);

    /// <inheritdoc />
    protected override ValueTask<IReadOnlyCollection<IXunitTestCase>> CreateTestCasesForDataRow(
        ITestFrameworkDiscoveryOptions discoveryOptions,
        IXunitTestMethod testMethod,
        ITheoryAttribute theoryAttribute,
        ITheoryDataRow dataRow,
        object?[] testMethodArguments)
    {
        ArgumentNullException.ThrowIfNull(testMethod);
        ArgumentNullException.ThrowIfNull(dataRow);
        if (testMethodArguments is not [GherkinScenario scenario, ..])
        {
            return base.CreateTestCasesForDataRow(discoveryOptions, testMethod, theoryAttribute, dataRow, testMethodArguments);
        }

        var parallelization = (theoryAttribute as GherkinTheoryAttribute)?.Parallelization ?? GherkinParallelization.None;
        var method = parallelization == GherkinParallelization.None ? testMethod : MoveToOwnCollection(testMethod, scenario, parallelization);
        var details = TestIntrospectionHelper.GetTestCaseDetailsForTheoryDataRow(discoveryOptions, method, theoryAttribute, dataRow, testMethodArguments);

        // xunit appends the arguments to a row's display name; a scenario's name already says everything.
        var testCase = new XunitTestCase(
            details.ResolvedTestMethod,
            dataRow.TestDisplayName ?? details.TestCaseDisplayName,
            details.UniqueID,
            details.Explicit,
            details.SkipExceptions,
            details.SkipReason,
            details.SkipType,
            details.SkipUnless,
            details.SkipWhen,
            TestIntrospectionHelper.GetTraits(method, dataRow),
            testMethodArguments,
            details.SourceFilePath,
            details.SourceLineNumber,
            details.Timeout);
        return new ValueTask<IReadOnlyCollection<IXunitTestCase>>([testCase]);
    }

    private static XunitTestMethod MoveToOwnCollection(IXunitTestMethod testMethod, GherkinScenario scenario, GherkinParallelization parallelization)
    {
        var key = parallelization == GherkinParallelization.PerFeature || scenario.ScenarioId.Length == 0
            ? scenario.FeaturePath
            : $"{scenario.FeaturePath}:{scenario.ScenarioId}";
        if (parallelization != GherkinParallelization.PerFeature && !scenario.Variant.IsAsWritten)
        {
            key += $" [{scenario.Variant.Name}]";
        }
        var assembly = testMethod.TestClass.TestCollection.TestAssembly;
        var collection = Collections.GetOrAdd(
            $"{assembly.UniqueID}|{testMethod.TestClass.TestClassName}|{key}",
            _ => new XunitTestCollection(assembly, collectionDefinition: null, disableParallelization: false, displayName: $"Gherkin {key}"));
        var testClass = new XunitTestClass(testMethod.TestClass.Class, collection);
        return new XunitTestMethod(testClass, testMethod.Method, testMethod.TestMethodArguments);
    }
}
