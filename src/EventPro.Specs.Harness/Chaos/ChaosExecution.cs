using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.Analysis;
using EventPro.Specs.Harness.Fakes;

namespace EventPro.Specs.Harness.Chaos;

/// <summary>One execution of a campaign: its seed, input, faults, result and the state of its fakes afterwards.</summary>
public sealed class ChaosExecution
{
    private ExecutionFacts? _facts;

    /// <summary>Creates the record of one execution.</summary>
    public ChaosExecution(int index, int seed, JsonValue input, IReadOnlyList<ScheduledFault> faults, IReadOnlyDictionary<string, int> calls, ExecutionResult result, FakeWorld? world)
    {
        Index = index;
        Seed = seed;
        Input = input;
        Faults = faults;
        Calls = calls;
        Result = result;
        World = world;
    }

    /// <summary>The execution's index in its campaign, from 0 (-1 for a replay).</summary>
    public int Index { get; }

    /// <summary>The execution's seed (its input, its engine randomness).</summary>
    public int Seed { get; }

    /// <summary>The input.</summary>
    public JsonValue Input { get; }

    /// <summary>The faults injected, in call order.</summary>
    public IReadOnlyList<ScheduledFault> Faults { get; }

    /// <summary>How many times each Task state was called.</summary>
    public IReadOnlyDictionary<string, int> Calls { get; }

    /// <summary>The result and history.</summary>
    public ExecutionResult Result { get; }

    /// <summary>The fakes after the execution, when the campaign has fakes.</summary>
    public FakeWorld? World { get; }

    /// <summary>What the history says about each state.</summary>
    public ExecutionFacts Facts => _facts ??= new ExecutionFacts(Result);

    /// <summary>E.g. <c>execution 17 (seed 123): FAILED PaymentFailed after ProcessPayment call 1 fails with "X"</c>.</summary>
    public override string ToString() =>
        $"execution {Index} (seed {Seed}): {Result.StatusName}{(Result.Error is null ? string.Empty : " " + Result.Error)}"
        + (Faults.Count == 0 ? ", no fault" : $", faults: {string.Join("; ", Faults)}");
}
