namespace EventPro.Specs.Gherkin;

/// <summary>
/// Told when each scenario starts and ends, e.g. to record coverage or timings for a report that
/// an <c>[AfterTestRun]</c> hook writes. Register one with <see cref="ScenarioObservers.Register"/>
/// (typically in a <c>[BeforeTestRun]</c> hook). Scenarios run in parallel, so implementations
/// must be thread-safe. An observer that throws fails the scenario.
/// </summary>
public interface IScenarioObserver
{
    /// <summary>A scenario is about to run its hooks and steps.</summary>
    /// <param name="context">The scenario's context (title, tags, feature, property bag).</param>
    void ScenarioStarted(ScenarioContext context);

    /// <summary>A scenario has finished (its after-hooks ran and its objects were disposed).</summary>
    /// <param name="context">The scenario's context, with whatever its bindings stored.</param>
    /// <param name="result">Status, duration, step results and failures.</param>
    void ScenarioFinished(ScenarioContext context, ScenarioResult result);
}
