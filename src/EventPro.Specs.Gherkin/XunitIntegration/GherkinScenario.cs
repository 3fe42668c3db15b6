using System.Reflection;
using EventPro.Specs.Gherkin.Parsing;
using EventPro.Specs.Gherkin.Running;
using Xunit;
using Xunit.Sdk;
using Xunit.v3;

namespace EventPro.Specs.Gherkin;

/// <summary>
/// The theory argument for one scenario (or one Examples row) of a feature file, in one variant.
/// It serialises only its identity (root, feature path, scenario line, variant), so xunit lists
/// every scenario and variant as its own test case, and re-reads the feature file when the test runs.
/// </summary>
public sealed class GherkinScenario : IXunitSerializable
{
    private string _root = string.Empty;
    private string _featurePath = string.Empty;
    private string _scenarioId = string.Empty;
    private string _displayName = string.Empty;
    private string _variantName = string.Empty;
    private string _variantLabel = string.Empty;
    private string _error = string.Empty;

    /// <summary>For xunit's de-serializer only.</summary>
    [Obsolete("Called by the xunit de-serializer; use the data attribute to create scenarios.")]
    public GherkinScenario()
    {
    }

    private GherkinScenario(string root, string featurePath, string scenarioId, string displayName, ScenarioVariant? variant = null, string? error = null)
    {
        _root = root;
        _featurePath = featurePath;
        _scenarioId = scenarioId;
        _displayName = displayName;
        _variantName = variant?.Name ?? string.Empty;
        _variantLabel = variant?.Label ?? string.Empty;
        _error = error ?? string.Empty;
    }

    /// <summary>The feature file's path relative to the repository root.</summary>
    public string FeaturePath => _featurePath;

    /// <summary>The scenario's identity in its file (<c>line</c> or <c>line:exampleLine</c>); empty for a file that does not parse.</summary>
    public string ScenarioId => _scenarioId;

    /// <summary>The test case name.</summary>
    public string DisplayName => _displayName;

    /// <summary>The repository root the path is relative to.</summary>
    public string Root => _root;

    /// <summary>The variant the scenario runs as (<see cref="ScenarioVariant.AsWritten"/> unless expanded by <see cref="IScenarioVariants"/>).</summary>
    public ScenarioVariant Variant => _variantName.Length == 0 ? ScenarioVariant.AsWritten : new ScenarioVariant(_variantName, _variantLabel);

    /// <summary>
    /// Runs the scenario in the current xunit test: transcript to the test output, the test's
    /// cancellation token, the test assembly's bindings. A failure throws
    /// <see cref="ScenarioFailedException"/>; a pending scenario is reported as skipped.
    /// </summary>
    /// <returns>A task that completes when the scenario has run.</returns>
    public async Task RunAsync()
    {
        if (_error.Length > 0)
        {
            throw new InvalidOperationException(_error);
        }

        var file = FeatureFileCache.Get(_root, _featurePath);
        if (file.HasErrors)
        {
            throw new FeatureParseException(file.Errors, _root);
        }

        var written = file.FindScenario(_scenarioId)
            ?? throw new InvalidOperationException(
                $"{_featurePath} has no scenario at line {_scenarioId} any more (the file changed after discovery); discover the tests again.");
        var scenario = Variant.IsAsWritten ? written : written.WithVariant(Variant);

        var context = TestContext.Current;
        var runner = GherkinRunners.For(TestAssembly(context));
        if (!runner.IsTestRunStarted && runner.NeedsTestRunLifecycle)
        {
            throw new InvalidOperationException(
                "The bindings have [BeforeTestRun], [AfterTestRun] or [AfterFeature] hooks, which only run when the test assembly declares "
                + "[assembly: AssemblyFixture(typeof(EventPro.Specs.Gherkin.GherkinTestRun))].");
        }

        var helper = context.TestOutputHelper;
        var settings = new ScenarioRunSettings
        {
            Output = new XunitScenarioOutput(helper),
            CancellationToken = context.CancellationToken,
            ConfigureContainer = container =>
            {
                if (helper is not null)
                {
                    container.RegisterInstanceAs(helper);
                }
            },
        };
        var result = await runner.RunScenarioAsync(scenario, settings).ConfigureAwait(false);
        switch (result.Status)
        {
            case ScenarioStatus.Failed:
                throw new ScenarioFailedException(result, _root);
            case ScenarioStatus.Pending:
                throw new ScenarioSkippedException("Pending: " + result.PendingReason);
            case ScenarioStatus.Skipped:
                throw new ScenarioSkippedException("Ignored by @ignore");
        }
    }

    /// <inheritdoc />
    public void Deserialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        _root = info.GetValue<string>("root") ?? string.Empty;
        _featurePath = info.GetValue<string>("path") ?? string.Empty;
        _scenarioId = info.GetValue<string>("id") ?? string.Empty;
        _displayName = info.GetValue<string>("name") ?? string.Empty;
        _variantName = info.GetValue<string>("variant") ?? string.Empty;
        _variantLabel = info.GetValue<string>("variantLabel") ?? string.Empty;
        _error = info.GetValue<string>("error") ?? string.Empty;
    }

    /// <inheritdoc />
    public void Serialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        info.AddValue("root", _root);
        info.AddValue("path", _featurePath);
        info.AddValue("id", _scenarioId);
        info.AddValue("name", _displayName);
        info.AddValue("variant", _variantName);
        info.AddValue("variantLabel", _variantLabel);
        info.AddValue("error", _error);
    }

    /// <summary>The test case name.</summary>
    /// <returns><see cref="DisplayName"/>.</returns>
    public override string ToString() => _displayName;

    /// <summary>Creates the argument for a runnable case.</summary>
    /// <param name="root">The repository root.</param>
    /// <param name="scenario">The case.</param>
    /// <returns>The argument.</returns>
    internal static GherkinScenario For(string root, CompiledScenario scenario) =>
        new(root, scenario.Feature.FilePath, scenario.Id, scenario.DisplayName, scenario.Variant);

    /// <summary>Creates the argument that reports why a case could not be expanded into its variants.</summary>
    /// <param name="root">The repository root.</param>
    /// <param name="scenario">The case.</param>
    /// <param name="error">What is wrong, naming the file and line.</param>
    /// <returns>The argument; running it fails with <paramref name="error"/>.</returns>
    internal static GherkinScenario ForVariantError(string root, CompiledScenario scenario, string error) =>
        new(root, scenario.Feature.FilePath, scenario.Id, scenario.DisplayName, error: error);

    /// <summary>Creates the argument that reports a feature file's syntax errors.</summary>
    /// <param name="root">The repository root.</param>
    /// <param name="file">The file that does not parse.</param>
    /// <returns>The argument.</returns>
    internal static GherkinScenario ForParseErrors(string root, FeatureFile file) =>
        new(root, file.Path, string.Empty, $"{file.Path}: syntax error at line {file.Errors[0].Line}");

    private static Assembly TestAssembly(ITestContext context) =>
        (context.TestAssembly as IXunitTestAssembly)?.Assembly
        ?? (context.TestMethod as IXunitTestMethod)?.Method.DeclaringType?.Assembly
        ?? Assembly.GetEntryAssembly()
        ?? throw new InvalidOperationException("Cannot tell which assembly holds the bindings: run scenarios from an xunit test.");
}
