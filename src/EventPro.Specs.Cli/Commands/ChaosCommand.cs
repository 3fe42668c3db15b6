using System.CommandLine;
using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Definition;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.Chaos;
using EventPro.Specs.Harness.Chaos.Invariants;
using EventPro.Specs.Harness.Chaos.Shrinking;
using EventPro.Specs.Harness.Definitions;
using EventPro.Specs.Harness.Fakes;

namespace EventPro.Specs.Cli.Commands;

/// <summary>
/// <c>eventpro-specs chaos &lt;definition&gt; --faults F.json --executions N --seed S [--faker name]
/// [--fakes name] [--input json|@file] [--value name=value]… [--json]</c>: runs a chaos campaign in virtual time (no network),
/// with a progress bar on a terminal, then prints the metrics, each invariant with how many executions
/// broke it, a shrunk ready-to-paste reproducer per broken invariant, and the elapsed time. Exit code 0
/// when every invariant held, 2 when one broke, 1 when the command line or a file cannot be read.
/// </summary>
internal static class ChaosCommand
{
    /// <summary>The exit code of a campaign that broke an invariant.</summary>
    public const int InvariantBroken = 2;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var definition = new Argument<string>("definition") { Description = "The ASL definition file (*.asl.json)." };
        var faults = new Option<string?>("--faults") { Description = "The faults file: {\"faults\": [{\"state\", \"fault\", \"rate\", \"attempts\"}], \"invariants\": [...], \"compensations\": [...]}." };
        var executions = new Option<int>("--executions") { Description = "How many executions.", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { Description = "The campaign's seed: the same seed gives the same executions.", DefaultValueFactory = _ => 0 };
        var faker = new Option<string?>("--faker") { Description = "Generate each input with this faker (checkout, order, order-processing, service-request, daily-analysis, upload)." };
        var fakes = new Option<string?>("--fakes") { Description = "The stateful fakes answering the tasks; default the ones named like the definition." };
        var input = new Option<string?>("--input") { Description = "The input of every execution when there is no faker: JSON text, or @file." };
        var values = TemplateValuesOption.Create();
        var json = new Option<bool>("--json") { Description = "Print one JSON object: metrics, invariants, reproducers, elapsed time." };
        var command = new Command("chaos", "Run a chaos campaign: many executions with faults injected at random, invariants checked over every one.")
        {
            definition, faults, executions, seed, faker, fakes, input, values, json,
        };
        command.SetAction(parse =>
        {
            try
            {
                var campaign = Prepare(parse.GetValue(definition)!, parse.GetValue(faults), parse.GetValue(executions), parse.GetValue(seed), parse.GetValue(faker), parse.GetValue(fakes), parse.GetValue(input))
                    with { TemplateValues = TemplateValuesOption.Read(parse.GetValue(values)) };
                campaign = campaign with { Machine = Fill(campaign) };
                var asJson = parse.GetValue(json);
                var result = ChaosProgress.Run(campaign, output, showProgress: !asJson);
                var reproducers = result.FirstViolations.Select(v => ScheduleShrinker.Shrink(campaign, v)).ToList();
                output.WriteLine(asJson ? ChaosReport.ToJson(result, reproducers).ToIndentedJson() : ChaosReport.ToText(result, reproducers));
                return reproducers.Count == 0 ? 0 : InvariantBroken;
            }
            catch (Exception e) when (e is CliException or DefinitionException or FormatException or ArgumentException or InvalidOperationException)
            {
                error.WriteLine("error: " + e.Message);
                return 1;
            }
        });
        return command;
    }

    private static ChaosCampaign Prepare(string path, string? faultsPath, int executions, int seed, string? faker, string? fakesName, string? input)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"the definition file '{path}' does not exist");
        }

        if (executions < 1)
        {
            throw new CliException("--executions must be at least 1");
        }

        if (faker is not null && input is not null)
        {
            throw new CliException("--faker and --input are exclusive: the faker makes every execution's input");
        }

        var machine = StateMachine.Load(path);
        var file = faultsPath is null ? new ChaosFile([], null, null) : ReadFaults(faultsPath);
        var fakes = fakesName is null ? WorkflowFakesRegistry.Find(DefinitionFiles.IdOf(path)) : WorkflowFakesRegistry.Get(fakesName);
        var invariants = (file.Invariants ?? DefaultInvariants(fakes)).Select(phrase => InvariantCatalog.Parse(phrase, fakes)).ToList();
        return new ChaosCampaign
        {
            Machine = machine,
            Definition = path,
            Executions = executions,
            Seed = seed,
            Strategies = file.Strategies,
            Inputs = faker is not null ? ChaosInputs.FromFaker(faker) : ChaosInputs.Fixed(CliInput.ReadJson(input, "--input")),
            Fakes = fakes,
            Invariants = invariants,
            CompensationStates = file.Compensations,
            KeepExecutions = false,
        };
    }

    /// <summary>The definition with its placeholders filled, when values were given (an unfilled one is an error naming it).</summary>
    private static StateMachine Fill(ChaosCampaign campaign) => campaign.TemplateValues.Count == 0
        ? campaign.Machine
        : StateMachine.Parse(DefinitionTemplate.Fill(File.ReadAllText(campaign.Definition), campaign.TemplateValues, campaign.Definition), campaign.Definition);

    private static IReadOnlyList<string> DefaultInvariants(WorkflowFakes? fakes) => fakes is null
        ? [ExecutionEndsInvariant.Phrase]
        : [ExecutionEndsInvariant.Phrase, DomainRulesInvariant.Phrase];

    private static ChaosFile ReadFaults(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"--faults: the file '{path}' does not exist");
        }

        try
        {
            return ChaosFile.Parse(File.ReadAllText(path));
        }
        catch (JsonParseException e)
        {
            throw new CliException($"{path}:{e.Line}:{e.Column}: {e.Reason}");
        }
        catch (FormatException e)
        {
            throw new CliException($"{path}: {e.Message}");
        }
    }
}
