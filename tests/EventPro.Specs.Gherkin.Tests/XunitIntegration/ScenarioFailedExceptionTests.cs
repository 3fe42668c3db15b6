using EventPro.Specs.Gherkin.Registry;
using EventPro.Specs.Gherkin.Running;
using EventPro.Specs.Gherkin.Tests.Fixtures;
using Xunit.v3;

namespace EventPro.Specs.Gherkin.Tests.XunitIntegration;

public class ScenarioFailedExceptionTests
{
    [Fact]
    public async Task Constructor_FailedResult_PointsTheStackTraceAtTheFeatureFile()
    {
        var scenario = FixtureFiles.Load("Runner/failures.feature").Scenarios.Single(s => s.Scenario.Title == "Ambiguous step");
        var result = await new GherkinRunner(BindingRegistry.FromTypes(typeof(AmbiguousSteps))).RunScenarioAsync(scenario);

        var error = new ScenarioFailedException(result, FixtureFiles.Root);

        Assert.StartsWith("Scenario 'Failures: Ambiguous step' failed:\n", error.Message, StringComparison.Ordinal);
        Assert.Equal(
            $"   at Failures: Ambiguous step in {Path.Combine(FixtureFiles.Root, FixtureFiles.Folder, "Runner", "failures.feature")}:line 21",
            error.StackTrace);
        Assert.Same(result, error.Result);
    }

    [Fact]
    public void ScenarioSkippedException_Message_IsAnXunitDynamicSkip()
    {
        var skip = new ScenarioSkippedException("Pending: later");

        Assert.Equal(DynamicSkipToken.Value + "Pending: later", skip.Message);
        Assert.Equal("Pending: later", skip.Reason);
    }

    public sealed class AmbiguousSteps
    {
        [Given("an ambiguous step")]
        public void One()
        {
        }

        [Given("an ambiguous {word}")]
        public void Two(string word) => Assert.NotNull(word);
    }
}
