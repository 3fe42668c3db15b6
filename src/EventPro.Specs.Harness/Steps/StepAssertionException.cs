namespace EventPro.Specs.Harness.Steps;

/// <summary>
/// A Then step whose expectation does not hold; the message says what was expected and what happened
/// (so a failed scenario shows it without the step library's stack frames).
/// </summary>
public sealed class StepAssertionException(string message) : Exception(message), Gherkin.IExpectationFailure;
