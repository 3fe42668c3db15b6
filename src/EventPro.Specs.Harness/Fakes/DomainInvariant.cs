using EventPro.Specs.Engine.Execution;

namespace EventPro.Specs.Harness.Fakes;

/// <summary>
/// A business rule checked over the fakes after an execution, e.g. "no seat was sold twice".
/// <see cref="Name"/> is also the Gherkin phrase that checks it (<c>Then no seat was sold twice</c>).
/// </summary>
/// <param name="Name">The rule as a sentence, in the past tense of a check.</param>
/// <param name="Check">Returns null when the rule holds, else what broke it.</param>
public sealed record DomainInvariant(string Name, Func<FakeWorld, ExecutionResult, string?> Check);
