using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Tests.Execution;

/// <summary>Runs small definitions written inline in tests.</summary>
internal static class Machines
{
    public static ExecutionResult Run(string definition, string input = "{}", ITaskBackend? backend = null, ExecutionOptions? options = null)
    {
        var machine = StateMachine.Parse(definition, "test.asl.json");
        var engine = backend is null ? new StepFunctionsEngine() : new StepFunctionsEngine(backend);
        return engine.Execute(machine, JsonValue.Parse(input), options);
    }

    public static IEnumerable<string> Types(ExecutionResult result) => result.Events.Select(e => e.Type.ToString());
}
