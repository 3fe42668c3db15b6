using System.CommandLine;
using System.Globalization;
using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Definition;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Integrations.Events;
using EventPro.Specs.Engine.Integrations.MockConfig;
using EventPro.Specs.Harness.Definitions;

namespace EventPro.Specs.Cli.Commands;

/// <summary>
/// <c>eventpro-specs run &lt;definition&gt; --input &lt;json|@file&gt; [--name N] [--seed N] [--json]
/// [--mock-config F --test-case T [--state-machine-name M]]</c>: runs one execution in virtual time
/// and prints how it ended; with a Step Functions Local mock configuration file, the test case's
/// mocked responses answer its Task states; EventBridge PutEvents, child executions
/// (<c>states:startExecution</c>, found beside the definition) and task-token answers run in-process. Exit code 0 whenever the execution ran to an end
/// (FAILED included); 1 when the definition, input or mock configuration cannot be read.
/// </summary>
internal static class RunCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var setup = new ExecutionSetup();
        var name = new Option<string?>("--name") { Description = "The execution name." };
        var seed = new Option<int>("--seed") { Description = "Seed of the execution's random source (UUID, MathRandom, jitter).", DefaultValueFactory = _ => 0 };
        var json = new Option<bool>("--json") { Description = "Print one JSON object: status, output, error, cause and the GetExecutionHistory events." };
        var command = new Command("run", "Run one execution of a state machine (virtual time: waits and retries are instant).") { name, seed, json };
        setup.AddTo(command);
        command.SetAction(parse =>
        {
            try
            {
                var prepared = setup.Prepare(parse);
                var options = new ExecutionOptions { Name = parse.GetValue(name), Seed = parse.GetValue(seed), StateMachineName = prepared.StateMachineName, TaskBackend = prepared.Mocks };
                var result = InProcessServices(prepared.Machine).Execute(prepared.Machine, prepared.Input, options);
                output.WriteLine(parse.GetValue(json) ? RunResultJson.Build(result).ToJson() : Describe(result));
                return 0;
            }
            catch (Exception e) when (e is CliException or DefinitionException or MockConfigException or ExecutionStalledException)
            {
                error.WriteLine("error: " + e.Message);
                return 1;
            }
        });
        return command;
    }

    /// <summary>
    /// An engine whose Task states reach the services that need no network, as in a scenario: an
    /// in-process EventBridge bus, child executions of the definitions beside this one (or in the
    /// repository's definitions/), and task-token answers (aws-sdk:sfn:sendTask*) between them.
    /// </summary>
    private static StepFunctionsEngine InProcessServices(StateMachine machine) => new(
        Harness.Drivers.InProcessServices.Backends(new InProcessEventBus(), DefinitionCatalog.Create(() => Path.GetDirectoryName(machine.Source))));

    private static string Describe(ExecutionResult result)
    {
        var lines = new List<string> { $"status: {result.StatusName}" };
        if (result.Output is not null)
        {
            lines.Add($"output: {result.Output.ToJson()}");
        }

        if (result.Status != ExecutionStatus.Succeeded)
        {
            lines.Add($"error:  {result.Error ?? "(none)"}");
            lines.Add($"cause:  {result.Cause ?? "(none)"}");
        }

        lines.Add($"path:   {string.Join(" -> ", result.Path)}");
        lines.Add($"took:   {(result.StopDate - result.StartDate).TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s of virtual time, {result.Events.Count} events");
        return string.Join(Environment.NewLine, lines);
    }
}
