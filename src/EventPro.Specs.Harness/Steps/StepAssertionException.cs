namespace EventPro.Specs.Harness.Steps;

/// <summary>A Then step whose expectation does not hold; the message says what was expected and what happened.</summary>
public sealed class StepAssertionException(string message) : Exception(message);
