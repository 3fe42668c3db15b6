using Xunit.v3;

namespace EventPro.Specs.Gherkin;

/// <summary>
/// Reports a pending (or otherwise not run) scenario as skipped: xunit.v3 treats any exception
/// whose message starts with <see cref="DynamicSkipToken.Value"/> as a dynamic skip.
/// </summary>
public sealed class ScenarioSkippedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">The skip reason shown in test results.</param>
    public ScenarioSkippedException(string reason)
        : base(DynamicSkipToken.Value + reason)
    {
        Reason = reason;
    }

    /// <summary>The skip reason.</summary>
    public string Reason { get; }
}
