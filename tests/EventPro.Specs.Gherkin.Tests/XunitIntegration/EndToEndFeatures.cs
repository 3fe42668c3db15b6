using EventPro.Specs.Gherkin;

[assembly: AssemblyFixture(typeof(GherkinTestRun))]

namespace EventPro.Specs.Gherkin.Tests.XunitIntegration;

/// <summary>
/// Runs the fixture features through the real attribute, discoverer and assembly fixture, the
/// way a user's test project does; every scenario in Fixtures/EndToEnd must pass.
/// </summary>
public class EndToEndFeatures
{
    [GherkinTheory, GherkinScenarios("tests/EventPro.Specs.Gherkin.Tests/Fixtures/EndToEnd")]
    public Task Run(GherkinScenario scenario) => scenario.RunAsync();
}
