using BenchmarkDotNet.Attributes;
using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Benchmarks;

/// <summary>
/// One execution of each reference case, single-threaded, tasks answered in-process by the
/// MockConfigFile test cases (as the reference run's handlers answered them). Reference figures
/// (aws-local-stepfunctions 3.0.0 on this machine kind): pass-chain 1,670 executions/s,
/// checkout-saga happy 2,415/s, declined 3,072/s, map-parallel 275/s; the targets are 50 times those.
/// </summary>
[MemoryDiagnoser]
public class ReferenceDefinitions
{
    private readonly StepFunctionsEngine _engine = new();
    private StateMachine _passChain = null!;
    private StateMachine _checkout = null!;
    private StateMachine _mapParallel = null!;
    private JsonValue _passChainInput = null!;
    private JsonValue _checkoutInput = null!;
    private JsonValue _mapParallelInput = null!;
    private ExecutionOptions _happy = null!;
    private ExecutionOptions _declined = null!;

    [GlobalSetup]
    public void Setup()
    {
        _passChain = BenchData.Machine("pass-chain");
        _checkout = BenchData.Machine("checkout-saga");
        _mapParallel = BenchData.Machine("map-parallel");
        _passChainInput = BenchData.Input("pass-chain");
        _checkoutInput = BenchData.Input("checkout-saga");
        _mapParallelInput = BenchData.Input("map-parallel");
        _happy = new ExecutionOptions { StateMachineName = "checkout-saga", TaskBackend = BenchData.Mocks("HappyPath") };
        _declined = new ExecutionOptions { StateMachineName = "checkout-saga", TaskBackend = BenchData.Mocks("PaymentDeclined") };
    }

    [Benchmark(Description = "pass-chain (10 Pass states)")]
    public ExecutionResult PassChain() => _engine.Execute(_passChain, _passChainInput);

    [Benchmark(Description = "checkout-saga, happy path")]
    public ExecutionResult CheckoutHappy() => _engine.Execute(_checkout, _checkoutInput, _happy);

    [Benchmark(Description = "checkout-saga, payment declined")]
    public ExecutionResult CheckoutDeclined() => _engine.Execute(_checkout, _checkoutInput, _declined);

    [Benchmark(Description = "map-parallel (Map of 20 + Parallel of 3)")]
    public ExecutionResult MapParallel() => _engine.Execute(_mapParallel, _mapParallelInput);
}
