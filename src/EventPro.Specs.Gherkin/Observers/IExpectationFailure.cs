namespace EventPro.Specs.Gherkin;

/// <summary>
/// Marks an exception whose message says all a scenario's author needs (what a step expected and what
/// happened), such as a step library's own assertions: the failure shows its type and message without
/// stack frames, which would only point into the library's code, not the author's.
/// </summary>
public interface IExpectationFailure;
