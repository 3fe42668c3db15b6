using System.CommandLine;
using System.Globalization;
using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Definition;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Integrations.MockConfig;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Cli.Commands;

/// <summary>
/// <c>eventpro-specs run &lt;definition&gt; --input &lt;json|@file&gt; [--name N] [--seed N] [--json]
/// [--mock-config F --test-case T [--state-machine-name M]]</c>: runs one execution in virtual time
/// and prints how it ended; with a Step Functions Local mock configuration file, the test case's
/// mocked responses answer its Task states. Exit code 0 whenever the execution ran to an end
/// (FAILED included); 1 when the definition, input or mock configuration cannot be read.
/// </summary>
internal static class RunCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var definition = new Argument<string>("definition") { Description = "The ASL definition file (*.asl.json)." };
        var input = new Option<string?>("--input") { Description = "The execution input: JSON text, or @file." };
        var name = new Option<string?>("--name") { Description = "The execution name." };
        var seed = new Option<int>("--seed") { Description = "Seed of the execution's random source (UUID, MathRandom, jitter).", DefaultValueFactory = _ => 0 };
        var json = new Option<bool>("--json") { Description = "Print one JSON object: status, output, error, cause and the GetExecutionHistory events." };
        var mockConfig = new Option<string?>("--mock-config") { Description = "A Step Functions Local mock configuration file (MockConfigFile.json); needs --test-case." };
        var testCase = new Option<string?>("--test-case") { Description = "The test case of the mock configuration to run." };
        var machineName = new Option<string?>("--state-machine-name") { Description = "The state machine name (ARNs, test case lookup); default the definition file name without .asl.json/.json." };
        var command = new Command("run", "Run one execution of a state machine (virtual time: waits and retries are instant).")
        {
            definition, input, name, seed, json, mockConfig, testCase, machineName,
        };
        command.SetAction(parse =>
        {
            try
            {
                var machine = StateMachine.Load(ExistingFile(parse.GetValue(definition)!));
                var executionInput = CliInput.ReadJson(parse.GetValue(input), "--input");
                var stateMachineName = parse.GetValue(machineName) ?? StepFunctionsEngine.DefaultStateMachineName(machine.Source);
                var mocks = MockBackend(parse.GetValue(mockConfig), parse.GetValue(testCase), stateMachineName);
                var options = new ExecutionOptions { Name = parse.GetValue(name), Seed = parse.GetValue(seed), StateMachineName = stateMachineName, TaskBackend = mocks };
                var result = new StepFunctionsEngine().Execute(machine, executionInput, options);
                output.WriteLine(parse.GetValue(json) ? RunResultJson.Build(result).ToJson() : Describe(result));
                return 0;
            }
            catch (Exception e) when (e is CliException or DefinitionException or MockConfigException)
            {
                error.WriteLine("error: " + e.Message);
                return 1;
            }
        });
        return command;
    }

    /// <summary>The test case's backend, or null without --mock-config; the two options go together.</summary>
    private static MockConfigBackend? MockBackend(string? mockConfig, string? testCase, string stateMachineName)
    {
        if (mockConfig is null && testCase is null)
        {
            return null;
        }

        if (mockConfig is null || testCase is null)
        {
            throw new CliException(mockConfig is null ? "--test-case needs --mock-config" : "--mock-config needs --test-case");
        }

        if (!File.Exists(mockConfig))
        {
            throw new CliException($"--mock-config: the file '{mockConfig}' does not exist");
        }

        return MockConfigBackend.ForTestCase(MockConfigFile.Load(mockConfig), stateMachineName, testCase);
    }

    private static string ExistingFile(string path) =>
        File.Exists(path) ? path : throw new CliException($"the definition file '{path}' does not exist");

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
