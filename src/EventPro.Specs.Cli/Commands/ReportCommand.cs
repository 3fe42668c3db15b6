using System.CommandLine;
using EventPro.Specs.Gherkin;
using EventPro.Specs.Gherkin.Parsing;
using EventPro.Specs.Gherkin.Registry;
using EventPro.Specs.Gherkin.Running;
using EventPro.Specs.Harness.Drivers;
using EventPro.Specs.Harness.Twins;

namespace EventPro.Specs.Cli.Commands;

/// <summary>
/// <c>eventpro-specs report [--root DIR] [--features features]</c>: runs every Gherkin scenario below
/// the features folder with the harness's step library (no test project needed), then writes
/// <c>reports/index.html</c> and <c>reports/coverage.json</c> and applies the coverage policy, as the
/// end of a <c>dotnet test</c> run does. Exit code 0 when every scenario passed and the policy holds.
/// Bindings of the user's own test assemblies are not loaded here: use <c>dotnet test</c> for those.
/// Cases run in the same variants as in the example test project (<see cref="JsonataTwins"/>), so a
/// <c>@jsonata-twin</c> feature also runs against its twin and <c>@jsonata-only</c> cases only there.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var root = new Option<string?>("--root") { Description = "The repository root (default: the nearest folder above the current one with a .sln file)." };
        var features = new Option<string>("--features") { Description = "The features folder, relative to the root.", DefaultValueFactory = _ => "features" };
        var command = new Command("report", "Run the Gherkin scenarios and write the HTML coverage report (reports/index.html).") { root, features };
        command.SetAction(async (parse, cancellation) =>
        {
            string repository;
            try
            {
                repository = RepositoryRoot.Find(parse.GetValue(root), Directory.GetCurrentDirectory());
            }
            catch (DirectoryNotFoundException e)
            {
                error.WriteLine("error: " + e.Message);
                return 1;
            }

            Environment.SetEnvironmentVariable(RepositoryRoot.EnvironmentVariable, repository);
            var folder = Path.Combine(repository, parse.GetValue(features)!);
            if (!Directory.Exists(folder))
            {
                error.WriteLine($"error: the features folder '{folder}' does not exist");
                return 1;
            }

            return await RunAsync(repository, folder, output, error, cancellation);
        });
        return command;
    }

    private static async Task<int> RunAsync(string repository, string folder, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        var runner = new GherkinRunner(BindingRegistry.FromAssemblies([typeof(ExecutionDriver).Assembly]));
        await runner.StartTestRunAsync();
        int passed = 0, failed = 0, skipped = 0;
        foreach (var path in Directory.EnumerateFiles(folder, "*.feature", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var file = FeatureFileParser.ParseFile(repository, Path.GetRelativePath(repository, path).Replace('\\', '/'));
            foreach (var problem in file.Errors)
            {
                failed++;
                error.WriteLine($"error: {problem}");
            }

            var runs = new List<CompiledScenario>();
            foreach (var written in file.Scenarios)
            {
                runs.AddRange(VariantsOf(written, error, ref failed));
            }

            foreach (var scenario in runs)
            {
                if (scenario.IsIgnored)
                {
                    skipped++;
                    continue;
                }

                var result = await runner.RunScenarioAsync(scenario, new ScenarioRunSettings { CancellationToken = cancellation });
                var ok = result.Status == ScenarioStatus.Passed;
                passed += ok ? 1 : 0;
                failed += result.Status == ScenarioStatus.Failed ? 1 : 0;
                skipped += !ok && result.Status != ScenarioStatus.Failed ? 1 : 0;
                output.WriteLine($"{(ok ? "passed" : result.Status.ToString().ToLowerInvariant()),-8} {scenario.DisplayName}");
                if (result.Status == ScenarioStatus.Failed)
                {
                    error.WriteLine(result.FailureMessage);
                }
            }
        }

        var gateFailed = false;
        try
        {
            await runner.FinishTestRunAsync();
        }
        catch (GherkinHookException e)
        {
            gateFailed = true;
            error.WriteLine(e.Message);
        }

        output.WriteLine($"report: {Path.Combine(repository, "reports", "index.html")}");
        output.WriteLine($"{passed} passed, {failed} failed, {skipped} skipped");
        return failed > 0 || gateFailed ? 1 : 0;
    }

    private static readonly JsonataTwins Twins = new();

    /// <summary>The runs of one case, as <c>dotnet test features</c> makes them; a contradictory tag pair is reported and runs nothing.</summary>
    private static IReadOnlyList<CompiledScenario> VariantsOf(CompiledScenario written, TextWriter error, ref int failed)
    {
        IReadOnlyList<ScenarioVariant> variants;
        try
        {
            variants = Twins.VariantsOf(written);
        }
        catch (InvalidOperationException e)
        {
            failed++;
            error.WriteLine($"error: {written.Feature.FilePath}:{written.Scenario.Line}: {e.Message}");
            return [];
        }

        return [.. variants.Select(variant => variant.IsAsWritten ? written : written.WithVariant(variant))];
    }
}
