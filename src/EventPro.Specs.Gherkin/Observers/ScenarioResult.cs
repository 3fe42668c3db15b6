using EventPro.Specs.Gherkin.Parsing;

namespace EventPro.Specs.Gherkin;

/// <summary>How a scenario run ended: status, duration, every step's result and the failures.</summary>
public sealed class ScenarioResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="scenario">The scenario that ran.</param>
    /// <param name="status">How it ended.</param>
    /// <param name="duration">How long it took, hooks included.</param>
    /// <param name="steps">Each step's result, Background first.</param>
    /// <param name="failures">Why it failed; empty unless <paramref name="status"/> is <see cref="ScenarioStatus.Failed"/>.</param>
    /// <param name="pendingReason">Why it is pending, when it is.</param>
    public ScenarioResult(CompiledScenario scenario, ScenarioStatus status, TimeSpan duration, IReadOnlyList<StepResult> steps, IReadOnlyList<ScenarioFailure> failures, string? pendingReason)
    {
        Scenario = scenario;
        Status = status;
        Duration = duration;
        Steps = steps;
        Failures = failures;
        PendingReason = pendingReason;
    }

    /// <summary>The scenario that ran (feature, title, tags, position).</summary>
    public CompiledScenario Scenario { get; }

    /// <summary>How it ended.</summary>
    public ScenarioStatus Status { get; }

    /// <summary>How long it took, hooks included.</summary>
    public TimeSpan Duration { get; }

    /// <summary>Each step's result, Background first.</summary>
    public IReadOnlyList<StepResult> Steps { get; }

    /// <summary>Why it failed.</summary>
    public IReadOnlyList<ScenarioFailure> Failures { get; }

    /// <summary>Why it is pending, when it is.</summary>
    public string? PendingReason { get; }

    /// <summary>The failures as one message, the way the test result shows them.</summary>
    public string FailureMessage =>
        $"Scenario '{Scenario.DisplayName}' failed:\n" + string.Join("\n\n", Failures.Select(f => f.ToString()));

    /// <summary>Creates a copy with one more failure (an observer failed after the result was final).</summary>
    /// <param name="failure">The failure to add.</param>
    /// <returns>The failed copy.</returns>
    internal ScenarioResult WithFailure(ScenarioFailure failure) =>
        new(Scenario, ScenarioStatus.Failed, Duration, Steps, [.. Failures, failure], null);
}
