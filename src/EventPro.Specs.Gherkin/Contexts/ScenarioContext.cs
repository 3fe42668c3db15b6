using EventPro.Specs.Gherkin.Parsing;

namespace EventPro.Specs.Gherkin;

/// <summary>
/// The running scenario (Reqnroll's <c>ScenarioContext</c>; injectable): its title, tags and
/// feature, a property bag for its bindings, the test's cancellation token, the output sink and
/// its container. One per scenario; never shared.
/// </summary>
public sealed class ScenarioContext : ContextBag
{
    /// <summary>Creates the context of a scenario.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="featureContext">Its feature's context.</param>
    /// <param name="container">Its container.</param>
    /// <param name="output">Where its transcript goes.</param>
    /// <param name="cancellationToken">The test's cancellation token.</param>
    public ScenarioContext(CompiledScenario scenario, FeatureContext featureContext, IObjectContainer container, IScenarioOutput output, CancellationToken cancellationToken)
    {
        Scenario = scenario;
        FeatureContext = featureContext;
        ScenarioContainer = container;
        Output = output;
        CancellationToken = cancellationToken;
    }

    /// <summary>The scenario as compiled from the feature file.</summary>
    public CompiledScenario Scenario { get; }

    /// <summary>The scenario's title, tags, Examples values and position.</summary>
    public ScenarioInfo ScenarioInfo => Scenario.Scenario;

    /// <summary>The feature's title, tags and file.</summary>
    public FeatureInfo FeatureInfo => Scenario.Feature;

    /// <summary>The feature's context (shared with the feature's other scenarios).</summary>
    public FeatureContext FeatureContext { get; }

    /// <summary>The scenario's container.</summary>
    public IObjectContainer ScenarioContainer { get; }

    /// <summary>Where the scenario's transcript goes; bindings may write to it too.</summary>
    public IScenarioOutput Output { get; }

    /// <summary>Signalled when the test run is cancelled or the test times out.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The step running now (or the last one that ran), or <c>null</c> before the first.</summary>
    public CompiledStep? CurrentStep { get; internal set; }

    /// <summary>How the scenario stands so far: <see cref="ScenarioStatus.Passed"/> until something fails or is pending.</summary>
    public ScenarioStatus ScenarioExecutionStatus { get; internal set; } = ScenarioStatus.Passed;

    /// <summary>The first exception a step or hook threw, or <c>null</c> (readable in <c>[AfterScenario]</c> hooks).</summary>
    public Exception? TestError { get; internal set; }

    /// <summary>Stops the scenario as pending (Reqnroll's <c>ScenarioContext.Pending()</c>).</summary>
    /// <exception cref="PendingStepException">Always.</exception>
    public void Pending() => throw new PendingStepException();
}
