using EventPro.Specs.Gherkin.Parsing;

namespace EventPro.Specs.Gherkin;

/// <summary>How one step of a scenario ended.</summary>
/// <param name="Step">The step.</param>
/// <param name="Status">Its status.</param>
/// <param name="Duration">How long it ran (zero when it did not).</param>
/// <param name="Binding">The step definition that ran, as <c>Class.Method(Types)</c>, or <c>null</c>.</param>
/// <param name="Message">The failure, pending reason, snippet or ambiguity list; <c>null</c> when it passed or was skipped.</param>
public sealed record StepResult(CompiledStep Step, StepStatus Status, TimeSpan Duration, string? Binding, string? Message);
