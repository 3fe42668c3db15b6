using BenchmarkDotNet.Attributes;
using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Benchmarks;

/// <summary>An execution that reaches AWS's 25,000-event history quota (a Pass loop): the memory it allocates (target: under 30 MB).</summary>
[MemoryDiagnoser]
public class LongHistory
{
    private const string Loop = """
        {
          "StartAt": "Loop",
          "States": {
            "Loop": { "Type": "Choice", "Choices": [{ "Variable": "$.go", "BooleanEquals": true, "Next": "Work" }], "Default": "Done" },
            "Work": { "Type": "Pass", "Parameters": { "go": true, "order.$": "$.order" }, "Next": "Loop" },
            "Done": { "Type": "Succeed" }
          }
        }
        """;

    private readonly StepFunctionsEngine _engine = new();
    private readonly StateMachine _machine = StateMachine.Parse(Loop);
    private readonly JsonValue _input = JsonValue.Parse("{\"go\":true,\"order\":{\"id\":\"ord-1\",\"lines\":[1,2,3]}}");

    [Benchmark(Description = "25,000-event execution")]
    public ExecutionResult TwentyFiveThousandEvents() => _engine.Execute(_machine, _input);
}
