using EventPro.Specs.Gherkin;
using EventPro.Specs.Gherkin.Parsing;
using EventPro.Specs.Harness.Twins;
using EventPro.Specs.Reports.Coverage;
using EventPro.Specs.Reports.Export;
using EventPro.Specs.Reports.Gate;
using EventPro.Specs.Reports.Html;
using EventPro.Specs.Harness.Remote;

namespace EventPro.Specs.Harness.Coverage;

/// <summary>
/// Test-run hooks of the coverage report: note every scenario that runs, and at the end write
/// <c>reports/index.html</c>, <c>reports/coverage.json</c>, the GitHub job summary, and apply the
/// coverage policy (<c>definitions/coverage-policy.json</c>): its infeasible declarations to every
/// definition, its thresholds to each definition whose scenarios all ran.
/// </summary>
[Binding]
public static class CoverageHooks
{
    private static IDisposable? registration;

    /// <summary>Starts listening to scenario results.</summary>
    [BeforeTestRun]
    public static void StartRecording() => registration ??= ScenarioObservers.Register(new RanScenarioObserver(CoverageSession.Current));

    /// <summary>Writes the report and fails the run when the policy is not met (see <see cref="Judge"/>).</summary>
    [AfterTestRun]
    public static void WriteReportAndApplyGate()
    {
        registration?.Dispose();
        registration = null;
        var session = CoverageSession.Current;
        var root = RepositoryRoot.Find(null);
        var policyPath = Path.Combine(root, "definitions", CoveragePolicy.FileName);
        var policy = File.Exists(policyPath) ? CoveragePolicy.Load(policyPath) : null;
        var recorded = session.Recorder.Snapshot();
        if (recorded.Definitions.Count == 0)
        {
            return;
        }

        // The report shows what the policy declares infeasible as such, not as uncovered.
        var model = policy?.ApplyTo(recorded) ?? recorded;
        // Against an endpoint, scenarios that need in-process features are skipped, so coverage is
        // lower by design: the report goes to reports/remote and the gate is left to the in-process run.
        var remote = RemoteMode.IsOn;
        var reports = remote ? Path.Combine(root, "reports", "remote") : Path.Combine(root, "reports");
        Directory.CreateDirectory(reports);
        HtmlReportWriter.Write(model, reports, session.Campaigns);
        CoverageJsonWriter.Write(model, reports);
        if (!remote)
        {
            MarkdownSummaryWriter.AppendToStepSummary(model);
        }

        if (policy is null || remote)
        {
            return;
        }

        var failures = Judge(session, root, model, policy);
        if (failures.Count > 0)
        {
            throw new InvalidOperationException(
                $"Coverage does not meet {Path.GetRelativePath(root, policyPath)} (report: {Path.Combine("reports", "index.html")}):{Environment.NewLine}"
                + string.Join(Environment.NewLine, failures.Select(f => "  " + f.Message)));
        }
    }

    /// <summary>
    /// The gate's failures that hold for this run: a wrong infeasible declaration always does; a
    /// coverage shortfall only for a definition whose scenarios all ran (a filtered run is not a failed gate).
    /// </summary>
    private static IReadOnlyList<CoverageGateFailure> Judge(CoverageSession session, string root, CoverageModel model, CoveragePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(policy);
        var judged = CompletelyRun(session, root, [.. model.Definitions.Select(d => d.Id)]);
        return CoverageGate.Evaluate(model, policy)
            .Where(f => !f.NeedsEveryScenario || judged.Contains(f.DefinitionId))
            .ToList();
    }

    /// <summary>
    /// The definitions for which every non-ignored scenario of every feature file that ran them did
    /// run, in the variant that ran them (a twin's scenarios are its original's features' JSONata-twin
    /// runs), and every feature file that names them (<c>the state machine "id"</c>) ran whole: a
    /// filter that ran one of a definition's features completely and skipped the others is still a
    /// filtered run.
    /// </summary>
    internal static HashSet<string> CompletelyRun(CoverageSession session, string root, IReadOnlyCollection<string> definitionIds)
    {
        var twins = new JsonataTwins();
        var texts = FeatureTexts(root, definitionIds.SelectMany(session.FeaturesOf).Select(run => run.Feature));
        var parsed = new Dictionary<string, FeatureFile>(StringComparer.Ordinal);
        FeatureFile Parse(string feature) => parsed.TryGetValue(feature, out var file) ? file
            : parsed[feature] = texts.TryGetValue(feature, out var text) ? FeatureFileParser.Parse(feature, text) : FeatureFileParser.ParseFile(root, feature);

        var complete = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in definitionIds)
        {
            var allRan = session.FeaturesOf(id).All(run =>
            {
                var expected = Parse(run.Feature).Scenarios.Where(s => !s.IsIgnored && VariantsOf(twins, s).Contains(run.Variant)).Select(s => s.Id);
                return expected.All(session.RanIn(run.Feature, run.Variant).Contains);
            });
            var naming = texts.Where(f => Names(f.Value, id)).Select(f => f.Key);
            if (allRan && naming.All(feature => RanWhole(session, twins, Parse(feature))))
            {
                complete.Add(id);
            }
        }

        return complete;
    }

    /// <summary>Every feature file in the folders of the features that ran (e.g. <c>features/</c>): its text by its path below the root.</summary>
    private static Dictionary<string, string> FeatureTexts(string root, IEnumerable<string> ranFeatures)
    {
        var folders = ranFeatures.Select(f => f.Split('/')[0]).Distinct(StringComparer.Ordinal);
        return folders
            .Select(folder => Path.Combine(root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.feature", SearchOption.AllDirectories))
            .ToDictionary(file => Path.GetRelativePath(root, file).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);
    }

    /// <summary>Whether a feature's text names the definition, or the original of a JSONata twin (whose features run the twin).</summary>
    private static bool Names(string featureText, string definitionId) =>
        featureText.Contains($"the state machine \"{definitionId}\"", StringComparison.Ordinal)
        || (definitionId.EndsWith(TwinDefinitions.Suffix, StringComparison.Ordinal)
            && featureText.Contains($"the state machine \"{definitionId[..^TwinDefinitions.Suffix.Length]}\"", StringComparison.Ordinal));

    /// <summary>Whether every non-ignored scenario of the feature ran in every variant it runs in.</summary>
    private static bool RanWhole(CoverageSession session, JsonataTwins twins, FeatureFile feature) =>
        feature.Scenarios.Where(s => !s.IsIgnored).All(s => VariantsOf(twins, s).All(v => session.RanIn(feature.Path, v).Contains(s.Id)));

    /// <summary>The variants <paramref name="scenario"/> runs in; none for a case whose tags contradict each other (it fails on its own).</summary>
    private static IReadOnlyList<ScenarioVariant> VariantsOf(JsonataTwins twins, CompiledScenario scenario)
    {
        try
        {
            return twins.VariantsOf(scenario);
        }
        catch (InvalidOperationException)
        {
            return [];
        }
    }

    private sealed class RanScenarioObserver(CoverageSession session) : IScenarioObserver
    {
        public void ScenarioStarted(ScenarioContext context)
        {
        }

        public void ScenarioFinished(ScenarioContext context, ScenarioResult result) => session.ScenarioRan(result.Scenario);
    }
}
