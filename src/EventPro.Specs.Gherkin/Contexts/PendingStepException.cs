namespace EventPro.Specs.Gherkin;

/// <summary>
/// Thrown by a step (or by <see cref="ScenarioContext.Pending"/>) that is not implemented yet:
/// the scenario stops and is reported as skipped with this reason instead of failed, as
/// Reqnroll's pending steps are.
/// </summary>
public sealed class PendingStepException : Exception
{
    /// <summary>The message used when none is given (Reqnroll's wording).</summary>
    public const string DefaultMessage = "One or more step definitions are not implemented yet.";

    /// <summary>Creates the exception with the default message.</summary>
    public PendingStepException()
        : base(DefaultMessage)
    {
    }

    /// <summary>Creates the exception with a reason.</summary>
    /// <param name="message">Why the step is pending.</param>
    public PendingStepException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a reason and a cause.</summary>
    /// <param name="message">Why the step is pending.</param>
    /// <param name="inner">The cause.</param>
    public PendingStepException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
