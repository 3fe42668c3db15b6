using System.Collections.Concurrent;
using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Gherkin;
using EventPro.Specs.Gherkin.Parsing;
using EventPro.Specs.Reports.Chaos;
using EventPro.Specs.Reports.Coverage;

namespace EventPro.Specs.Harness.Coverage;

/// <summary>
/// Everything one test run learns about coverage: every execution the scenarios ran (with the
/// scenario and its tags) and which scenarios of which feature files ran at all, so the gate
/// judges a definition only when all of its scenarios ran (a filtered run is not a failed gate).
/// </summary>
public sealed class CoverageSession
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _ranByFeature = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _featuresByDefinition = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ScenarioVariant> _variants = new(StringComparer.Ordinal);

    /// <summary>The session of this test run.</summary>
    public static CoverageSession Current { get; } = new();

    /// <summary>The executions recorded so far.</summary>
    public CoverageRecorder Recorder { get; } = new();

    private readonly ConcurrentQueue<ChaosCampaignSummary> _campaigns = new();

    /// <summary>The chaos campaigns the scenarios ran, in the order they finished.</summary>
    public IReadOnlyList<ChaosCampaignSummary> Campaigns => [.. _campaigns];

    /// <summary>Adds a campaign for the report's chaos section.</summary>
    public void AddCampaign(ChaosCampaignSummary campaign) => _campaigns.Enqueue(campaign);

    /// <summary>
    /// Records one execution of <paramref name="definitionId"/> by a scenario, and every child execution
    /// it started (and theirs) under the child's own definition, as if the scenario had run each itself:
    /// the scenario's feature then counts among each child definition's features for the gate.
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="machine">The definition.</param>
    /// <param name="definitionId">Its id.</param>
    /// <param name="result">The execution.</param>
    /// <param name="label">Appended to the scenario's name when one scenario records several executions (a chaos campaign's).</param>
    public void Record(ScenarioContext scenario, StateMachine machine, string definitionId, ExecutionResult result, string? label = null)
    {
        var title = label is null ? scenario.Scenario.DisplayName : $"{scenario.Scenario.DisplayName} ({label})";
        var record = Recorder.Record(machine, result, title, scenario.ScenarioInfo.CombinedTags, definitionId);
        NoteFeature(record, Key(scenario.FeatureInfo.FilePath, scenario.ScenarioInfo.Variant));
        _variants[scenario.ScenarioInfo.Variant.Name] = scenario.ScenarioInfo.Variant;
    }

    /// <summary>Notes the feature (in its variant) as one that ran the record's definition and those of its children.</summary>
    private void NoteFeature(ExecutionRecord record, string featureKey)
    {
        _featuresByDefinition.GetOrAdd(record.DefinitionId, _ => new(StringComparer.Ordinal))[featureKey] = 0;
        foreach (var child in record.Children)
        {
            NoteFeature(child, featureKey);
        }
    }

    /// <summary>Notes that a scenario ran (whatever its outcome), in its variant.</summary>
    public void ScenarioRan(CompiledScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        _ranByFeature.GetOrAdd(Key(scenario.Feature.FilePath, scenario.Variant), _ => new(StringComparer.Ordinal))[scenario.Id] = 0;
    }

    /// <summary>The feature files whose scenarios executed <paramref name="definitionId"/>, with the variant they ran it in (a twin is run by the JSONata-twin variant of its original's features).</summary>
    public IReadOnlyCollection<(string Feature, ScenarioVariant Variant)> FeaturesOf(string definitionId) =>
        _featuresByDefinition.TryGetValue(definitionId, out var features)
            ? features.Keys.Select(Split).ToList()
            : [];

    /// <summary>The ids of the scenarios of <paramref name="featurePath"/> that ran in <paramref name="variant"/> (by default as written).</summary>
    public IReadOnlyCollection<string> RanIn(string featurePath, ScenarioVariant? variant = null) =>
        _ranByFeature.TryGetValue(Key(featurePath, variant ?? ScenarioVariant.AsWritten), out var ran) ? ran.Keys.ToList() : [];

    private static string Key(string featurePath, ScenarioVariant variant) => variant.IsAsWritten ? featurePath : $"{featurePath}|{variant.Name}";

    private (string Feature, ScenarioVariant Variant) Split(string key)
    {
        var bar = key.LastIndexOf('|');
        return bar < 0 ? (key, ScenarioVariant.AsWritten) : (key[..bar], _variants[key[(bar + 1)..]]);
    }
}
