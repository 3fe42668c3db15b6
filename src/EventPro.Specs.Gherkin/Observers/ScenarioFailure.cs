namespace EventPro.Specs.Gherkin;

/// <summary>One reason a scenario failed (a scenario can collect several: a step and an after-hook).</summary>
/// <param name="Location">Where: <c>path:line</c> of the step, or of the scenario for hooks and binding errors.</param>
/// <param name="Context">What was running: the step as written, or the hook as <c>[AfterScenario] Class.Method()</c>.</param>
/// <param name="Message">The cause: the exception's type and message, the undefined-step snippet, the ambiguity list.</param>
/// <param name="Exception">The exception thrown by the binding, if any (unwrapped from reflection).</param>
public sealed record ScenarioFailure(string Location, string Context, string Message, Exception? Exception)
{
    /// <summary>The failure as shown in test results.</summary>
    /// <returns><c>Location</c>, the context indented, and the message.</returns>
    public override string ToString() => $"{Location}\n  {Context}\n{Message}";
}
