using BenchmarkDotNet.Attributes;
using EventPro.Specs.Engine;
using EventPro.Specs.Harness.Chaos;
using EventPro.Specs.Harness.Chaos.Invariants;
using EventPro.Specs.Harness.Fakes;

namespace EventPro.Specs.Benchmarks;

/// <summary>
/// Chaos campaigns of the EventPro checkout saga (definitions/eventpro-checkout.asl.json): 10,000
/// executions with generated orders, the stateful fakes, the faults of bench/chaos/checkout-faults.json
/// and every invariant checked, in virtual time and without network. The target of the chaos issue:
/// under 5 s on this 2-core machine. One thread and all processors, to show what parallelism buys.
/// </summary>
[MemoryDiagnoser]
public class ChaosCampaigns
{
    private ChaosCampaign _campaign = null!;

    /// <summary>How many executions a campaign runs.</summary>
    [Params(10_000)]
    public int Executions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var root = BenchData.RepositoryRoot;
        var fakes = WorkflowFakesRegistry.Get("eventpro-checkout");
        var file = ChaosFile.Parse(File.ReadAllText(Path.Combine(root, "bench", "chaos", "checkout-faults.json")));
        _campaign = new ChaosCampaign
        {
            Machine = StateMachine.Load(Path.Combine(root, "definitions", "eventpro-checkout.asl.json")),
            Definition = "eventpro-checkout",
            Executions = Executions,
            Seed = 42,
            Inputs = ChaosInputs.FromFaker("checkout"),
            Fakes = fakes,
            Strategies = file.Strategies,
            Invariants = file.Invariants!.Select(phrase => InvariantCatalog.Parse(phrase, fakes)).ToList(),
            KeepExecutions = false,
        };
    }

    [Benchmark(Description = "checkout chaos campaign, one thread")]
    public CampaignResult OneThread() => ChaosCampaignRunner.Run(_campaign with { MaxDegreeOfParallelism = 1 });

    [Benchmark(Description = "checkout chaos campaign, every processor")]
    public CampaignResult AllProcessors() => ChaosCampaignRunner.Run(_campaign);
}
