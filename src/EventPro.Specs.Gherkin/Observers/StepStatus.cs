namespace EventPro.Specs.Gherkin;

/// <summary>How one step ended.</summary>
public enum StepStatus
{
    /// <summary>The step definition ran and returned.</summary>
    Passed,

    /// <summary>The step definition (or a step hook, or an argument conversion) threw.</summary>
    Failed,

    /// <summary>The step threw <see cref="PendingStepException"/>.</summary>
    Pending,

    /// <summary>No step definition matches the step.</summary>
    Undefined,

    /// <summary>More than one step definition matches the step.</summary>
    Ambiguous,

    /// <summary>The step did not run because an earlier step or hook failed or was pending.</summary>
    Skipped,
}
