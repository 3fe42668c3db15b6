using System.CommandLine;
using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Integrations.MockConfig;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Cli.Commands;

/// <summary>
/// The options that say what to execute, shared by <c>run</c> and <c>bench</c>: the definition, the
/// input, and optionally a Step Functions Local mock configuration test case for the Task states.
/// </summary>
internal sealed class ExecutionSetup
{
    private readonly Argument<string> _definition = new("definition") { Description = "The ASL definition file (*.asl.json)." };
    private readonly Option<string?> _input = new("--input") { Description = "The execution input: JSON text, or @file." };
    private readonly Option<string?> _mockConfig = new("--mock-config") { Description = "A Step Functions Local mock configuration file (MockConfigFile.json); needs --test-case." };
    private readonly Option<string?> _testCase = new("--test-case") { Description = "The test case of the mock configuration to run." };
    private readonly Option<string?> _machineName = new("--state-machine-name") { Description = "The state machine name (ARNs, test case lookup); default the definition file name without .asl.json/.json." };

    /// <summary>Adds the argument and options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Arguments.Add(_definition);
        command.Options.Add(_input);
        command.Options.Add(_mockConfig);
        command.Options.Add(_testCase);
        command.Options.Add(_machineName);
    }

    /// <summary>Reads everything; throws CliException, DefinitionException or MockConfigException with a one-line reason.</summary>
    public PreparedExecution Prepare(ParseResult parse)
    {
        var path = parse.GetValue(_definition)!;
        if (!File.Exists(path))
        {
            throw new CliException($"the definition file '{path}' does not exist");
        }

        var machine = StateMachine.Load(path);
        var input = CliInput.ReadJson(parse.GetValue(_input), "--input");
        var machineName = parse.GetValue(_machineName) ?? StepFunctionsEngine.DefaultStateMachineName(machine.Source);
        return new PreparedExecution(machine, input, machineName, MockBackend(parse.GetValue(_mockConfig), parse.GetValue(_testCase), machineName));
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
}

/// <summary>What to execute, read from the command line.</summary>
/// <param name="Machine">The parsed definition.</param>
/// <param name="Input">The execution input.</param>
/// <param name="StateMachineName">The state machine name.</param>
/// <param name="Mocks">The mock configuration backend, if any.</param>
internal sealed record PreparedExecution(StateMachine Machine, JsonValue Input, string StateMachineName, MockConfigBackend? Mocks);
