namespace EventPro.Specs.Gherkin;

/// <summary>How a scenario ended.</summary>
public enum ScenarioStatus
{
    /// <summary>Every step and hook succeeded.</summary>
    Passed,

    /// <summary>A step or hook failed, a step was undefined or ambiguous, or the bindings have errors.</summary>
    Failed,

    /// <summary>A step threw <see cref="PendingStepException"/> and nothing failed; reported as skipped.</summary>
    Pending,

    /// <summary>The scenario did not run (ignored or cancelled before it started).</summary>
    Skipped,
}
