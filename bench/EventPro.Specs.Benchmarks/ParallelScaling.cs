using BenchmarkDotNet.Attributes;
using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Benchmarks;

/// <summary>Independent executions on one thread versus one per core: the ratio is the parallel scaling (target at least 1.7x on 2 cores).</summary>
public class ParallelScaling
{
    private const int Executions = 2_000;
    private readonly StepFunctionsEngine _engine = new();
    private StateMachine _machine = null!;
    private JsonValue _input = null!;

    [GlobalSetup]
    public void Setup()
    {
        _machine = BenchData.Machine("pass-chain");
        _input = BenchData.Input("pass-chain");
    }

    [Benchmark(Baseline = true, Description = "2,000 pass-chain executions, one thread")]
    public void OneThread()
    {
        for (var i = 0; i < Executions; i++)
        {
            _engine.Execute(_machine, _input);
        }
    }

    [Benchmark(Description = "2,000 pass-chain executions, one thread per core")]
    public void AllCores() => Parallel.For(0, Executions, _ => _engine.Execute(_machine, _input));
}
