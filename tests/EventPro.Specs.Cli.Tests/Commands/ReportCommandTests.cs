using EventPro.Specs.Gherkin;

namespace EventPro.Specs.Cli.Tests.Commands;

/// <summary>
/// <c>report</c> sets the process-wide repository root (EVENTPRO_ROOT) to the folder it runs, so these
/// tests run alone and put the variable back.
/// </summary>
[CollectionDefinition(nameof(ReportCommandTests), DisableParallelization = true)]
[Collection(nameof(ReportCommandTests))]
public class ReportCommandTests
{
    private const string JsonPathDefinition = """
        {"StartAt":"Answer","States":{"Answer":{"Type":"Pass","Result":{"lang":"jsonpath"},"End":true}}}
        """;

    private const string JsonataTwin = """
        {"QueryLanguage":"JSONata","StartAt":"Answer","States":{"Answer":{"Type":"Pass","Output":{"lang":"jsonata"},"End":true}}}
        """;

    private const string TwinFeature = """
        @jsonata-twin
        Feature: Language

          Scenario: Both languages succeed
            Given the state machine "lang"
            When the execution runs
            Then the execution succeeds

          @jsonata-only
          Scenario: The twin answers in JSONata
            Given the state machine "lang"
            When the execution runs
            Then the output is:
              ```json
              {"lang":"jsonata"}
              ```
        """;

    [Fact]
    public void Report_JsonataTwinFeature_RunsTheTwinVariantsAsDotnetTestDoes()
    {
        using var repository = new TempFolder();
        repository.Write("definitions/lang.asl.json", JsonPathDefinition);
        repository.Write("definitions/lang-jsonata.asl.json", JsonataTwin);
        repository.Write("features/lang/lang.feature", TwinFeature);
        var before = Environment.GetEnvironmentVariable(RepositoryRoot.EnvironmentVariable);
        try
        {
            var (code, output, error) = CliRunner.Run("report", "--root", repository.Path);

            Assert.True(code == 0, error + output);
            Assert.Contains("passed   Language: Both languages succeed\n", output.Replace("\r\n", "\n"), StringComparison.Ordinal);
            Assert.Contains("passed   Language: Both languages succeed [JSONata twin]", output, StringComparison.Ordinal);
            Assert.Contains("passed   Language: The twin answers in JSONata [JSONata twin]", output, StringComparison.Ordinal);
            Assert.Contains("3 passed, 0 failed, 0 skipped", output, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(repository.Path, "reports", "index.html")));
        }
        finally
        {
            Environment.SetEnvironmentVariable(RepositoryRoot.EnvironmentVariable, before);
        }
    }
}
