using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EventPro.Specs.Gherkin;

namespace EventPro.Specs.Harness.Remote;

/// <summary>
/// The names one execution of a scenario gets remotely: a state machine name of its own (scenarios
/// run in parallel on one endpoint, and AWS wants execution names unique per state machine) and the
/// MockConfigFile test case its recorded mocks live under. Both derive from the feature file, the
/// scenario (and its Examples row) and the run's number in the scenario, so the in-process run that
/// records and the remote run that replays agree on them.
/// </summary>
/// <param name="StateMachineName">The state machine name (at most 80 characters of <c>[A-Za-z0-9_-]</c>, as AWS allows).</param>
/// <param name="TestCase">The test case name.</param>
public sealed record ScenarioRunName(string StateMachineName, string TestCase)
{
    /// <summary>The names of run number <paramref name="run"/> (from 1) of <paramref name="scenario"/> executing <paramref name="definitionId"/>.</summary>
    public static ScenarioRunName For(ScenarioContext? scenario, string definitionId, int run)
    {
        var feature = scenario?.FeatureInfo.FilePath.Replace('\\', '/') ?? "no-feature";
        var id = scenario?.Scenario.Id ?? "0";
        var title = scenario?.ScenarioInfo.Title ?? "scenario";
        var key = string.Create(CultureInfo.InvariantCulture, $"{feature}\n{id}\n{title}\n{run}");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..10];
        var featureName = Path.GetFileNameWithoutExtension(feature);
        var runSuffix = run > 1 ? string.Create(CultureInfo.InvariantCulture, $"-run{run}") : string.Empty;
        return new ScenarioRunName(
            $"{Clean(definitionId, 60)}-{hash}",
            $"{Clean($"{featureName}-{title}", 80)}{runSuffix}-{hash}");
    }

    /// <summary>Letters, digits, '-' and '_' only (AWS's name rule), others become '-', cut to <paramref name="max"/>.</summary>
    private static string Clean(string text, int max)
    {
        var builder = new StringBuilder(Math.Min(text.Length, max));
        foreach (var c in text)
        {
            if (builder.Length == max)
            {
                break;
            }

            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-');
        }

        return builder.ToString();
    }
}
