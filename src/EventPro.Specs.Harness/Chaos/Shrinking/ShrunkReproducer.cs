using EventPro.Specs.Harness.Chaos.Invariants;

namespace EventPro.Specs.Harness.Chaos.Shrinking;

/// <summary>The smallest fault schedule found that still breaks the invariant, its replay, and the scenario that reproduces it.</summary>
/// <param name="Violation">The violation the campaign found.</param>
/// <param name="Faults">The shrunk schedule.</param>
/// <param name="Replay">The execution with only those faults.</param>
/// <param name="Message">What broke the invariant in the replay.</param>
/// <param name="Scenario">A ready-to-paste Gherkin feature with one scenario that fails the same way.</param>
/// <param name="Replays">How many executions the shrinking ran.</param>
public sealed record ShrunkReproducer(InvariantViolation Violation, IReadOnlyList<ScheduledFault> Faults, ChaosExecution Replay, string Message, string Scenario, int Replays)
{
    /// <summary>What to tell the user: the invariant, the seeds, the faults before and after shrinking, and the scenario.</summary>
    public string Describe() => string.Join(
        Environment.NewLine,
        $"Invariant broken: {Violation.Invariant.Name}",
        $"  in execution {Violation.Execution.Index} (execution seed {Violation.Execution.Seed}): {Violation.Message}",
        $"  faults injected: {(Violation.Execution.Faults.Count == 0 ? "none" : string.Join("; ", Violation.Execution.Faults))}",
        $"  shrunk to {Faults.Count} fault{(Faults.Count == 1 ? string.Empty : "s")} in {Replays} replays: {(Faults.Count == 0 ? "none" : string.Join("; ", Faults))}",
        $"  the replay breaks it so: {Message}",
        string.Empty,
        "Reproducer (paste into a .feature file):",
        string.Empty,
        Scenario);
}
