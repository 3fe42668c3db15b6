using EventPro.Specs.Gherkin;
using EventPro.Specs.Gherkin.Parsing;

namespace EventPro.Specs.Harness.Twins;

/// <summary>
/// The JSONata-twin variants: a feature or scenario tagged <c>@jsonata-twin</c> runs every case
/// twice, once as written and once with the state machine of <c>Given the state machine "X"</c>
/// replaced by its twin <c>definitions/X-jsonata.asl.json</c> (see <see cref="TwinDefinitions"/>).
/// <c>@jsonpath-only</c> keeps a case to the run as written, <c>@jsonata-only</c> to the twin.
/// Name it in the test assembly: <c>[GherkinScenarios("features", Variants = typeof(JsonataTwins))]</c>.
/// </summary>
public sealed class JsonataTwins : IScenarioVariants
{
    /// <summary>The tag that asks for the twin run (without <c>@</c>).</summary>
    public const string TwinTag = "jsonata-twin";

    /// <summary>The tag of a case that only makes sense for the JSONPath definition.</summary>
    public const string JsonPathOnlyTag = "jsonpath-only";

    /// <summary>The tag of a case that only makes sense for the JSONata twin (e.g. workflow variables).</summary>
    public const string JsonataOnlyTag = "jsonata-only";

    /// <summary>The twin run: file names get <c>.jsonata</c>, test names end with <c>[JSONata twin]</c>.</summary>
    public static ScenarioVariant Twin { get; } = new("jsonata", "JSONata twin");

    /// <summary>Whether <paramref name="variant"/> is the twin run.</summary>
    /// <param name="variant">A scenario's variant.</param>
    /// <returns><c>true</c> for <see cref="Twin"/>.</returns>
    public static bool IsTwin(ScenarioVariant variant) => variant == Twin;

    /// <inheritdoc />
    public IReadOnlyList<ScenarioVariant> VariantsOf(CompiledScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var tags = scenario.Scenario.CombinedTags;
        var twinned = tags.Contains(TwinTag, StringComparer.OrdinalIgnoreCase);
        var jsonPathOnly = tags.Contains(JsonPathOnlyTag, StringComparer.OrdinalIgnoreCase);
        var jsonataOnly = tags.Contains(JsonataOnlyTag, StringComparer.OrdinalIgnoreCase);
        if (jsonPathOnly && jsonataOnly)
        {
            throw new InvalidOperationException($"the scenario is tagged both @{JsonPathOnlyTag} and @{JsonataOnlyTag}, so it would run in neither variant; keep one.");
        }

        if (!twinned)
        {
            if (jsonPathOnly || jsonataOnly)
            {
                throw new InvalidOperationException(
                    $"@{(jsonPathOnly ? JsonPathOnlyTag : JsonataOnlyTag)} only means something in a feature or scenario tagged @{TwinTag}; tag the feature @{TwinTag} or remove the tag.");
            }

            return [ScenarioVariant.AsWritten];
        }

        return jsonPathOnly ? [ScenarioVariant.AsWritten]
            : jsonataOnly ? [Twin]
            : [ScenarioVariant.AsWritten, Twin];
    }
}
