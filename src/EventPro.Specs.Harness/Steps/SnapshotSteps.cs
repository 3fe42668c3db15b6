using EventPro.Specs.Engine;
using EventPro.Specs.Gherkin;
using EventPro.Specs.Harness.Drivers;
using EventPro.Specs.Harness.Remote;
using EventPro.Specs.Harness.Snapshots;

namespace EventPro.Specs.Harness.Steps;

/// <summary><c>Then the history matches its snapshot</c>: the normalised history against the verified file beside the feature.</summary>
/// <param name="driver">The scenario's execution.</param>
/// <param name="scenario">The running scenario (for the snapshot's file name).</param>
[Binding]
public sealed class SnapshotSteps(ExecutionDriver driver, ScenarioContext scenario)
{
    /// <summary>
    /// Compares with <c>&lt;Feature&gt;.&lt;Scenario&gt;[_&lt;args&gt;][.&lt;variant&gt;].verified.json</c>
    /// (a JSONata-twin run has its own <c>.jsonata</c> snapshot); see <see cref="SnapshotStore"/>.
    /// </summary>
    [Then("the history matches its snapshot")]
    public void ThenTheHistoryMatchesItsSnapshot()
    {
        var feature = scenario.FeatureInfo;
        var folder = Path.GetDirectoryName(Path.Combine(RepositoryRoot.Find(null), feature.FilePath))!;
        var args = scenario.ScenarioInfo.Arguments.Select(a => a.Value).ToList();
        var path = SnapshotStore.VerifiedPath(folder, feature.Title, scenario.ScenarioInfo.Title, args, scenario.ScenarioInfo.Variant.Name);
        // Remotely the execution's clock started elsewhere: its times are moved onto the in-process start.
        var rebase = RemoteMode.IsOn ? StepFunctionsEngine.DefaultStartTime : (DateTimeOffset?)null;
        var text = HistoryNormaliser.Normalise(driver.Result, rebase).ToIndentedJson();
        if (SnapshotStore.Verify(path, text, SnapshotStore.AcceptFromEnvironment) is { } failure)
        {
            throw new StepAssertionException(failure);
        }
    }
}
