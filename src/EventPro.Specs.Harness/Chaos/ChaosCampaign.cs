using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.Chaos.Invariants;
using EventPro.Specs.Harness.Chaos.Strategies;
using EventPro.Specs.Harness.Fakes;

namespace EventPro.Specs.Harness.Chaos;

/// <summary>
/// A chaos campaign: run a workflow many times, inputs from a faker and faults at random, check the
/// invariants over every execution. Executions are independent (each its own fakes, its own seed
/// derived from <see cref="Seed"/>), so a campaign is the same byte for byte whenever it runs, in
/// parallel or not, and a broken execution can be replayed and shrunk on its own.
/// </summary>
public sealed record ChaosCampaign
{
    /// <summary>The definition under test.</summary>
    public required StateMachine Machine { get; init; }

    /// <summary>How scenarios name the definition (<c>eventpro-checkout</c>, or a path from the repository root); used in ARNs and reproducers.</summary>
    public required string Definition { get; init; }

    /// <summary>The <c>${name}</c> values the definition was filled with (Terraform templatefile()), repeated in reproducers.</summary>
    public IReadOnlyDictionary<string, string> TemplateValues { get; init; } = new Dictionary<string, string>();

    /// <summary>How many executions (default 100).</summary>
    public int Executions { get; init; } = 100;

    /// <summary>The campaign's seed: every execution's input, engine randomness and faults derive from it.</summary>
    public int Seed { get; init; }

    /// <summary>The fault strategies, asked in order for each Task call.</summary>
    public IReadOnlyList<ChaosStrategy> Strategies { get; init; } = [];

    /// <summary>Where inputs come from (default: <c>{}</c> for every execution).</summary>
    public ChaosInputs Inputs { get; init; } = ChaosInputs.Fixed(JsonObject.Empty);

    /// <summary>The stateful fakes answering the Task states (a fresh world per execution), or null.</summary>
    public WorkflowFakes? Fakes { get; init; }

    /// <summary>Backends asked after the fakes (shared by every execution, so they must be stateless).</summary>
    public IReadOnlyList<ITaskBackend> Backends { get; init; } = [];

    /// <summary>The invariants checked over every execution while the campaign runs.</summary>
    public IReadOnlyList<ChaosInvariant> Invariants { get; init; } = [];

    /// <summary>The states whose runs count as compensations in the metrics; null for those reached only through a Catch.</summary>
    public IReadOnlySet<string>? CompensationStates { get; init; }

    /// <summary>Whether the result keeps every execution (for invariants checked afterwards); otherwise only the broken ones.</summary>
    public bool KeepExecutions { get; init; } = true;

    /// <summary>How many executions run at once; default one per processor. The results do not depend on it.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>The start of every execution's virtual clock (fixed, so histories are reproducible).</summary>
    public DateTimeOffset StartTime { get; init; } = StepFunctionsEngine.DefaultStartTime;

    /// <summary>The state machine name in ARNs: the definition's file name without <c>.asl.json</c>.</summary>
    public string StateMachineName => StepFunctionsEngine.DefaultStateMachineName(Machine.Source ?? Definition);
}
