using EventPro.Specs.Gherkin;
using EventPro.Specs.Harness.Twins;
using Xunit;

[assembly: AssemblyFixture(typeof(GherkinTestRun))]

namespace EventPro.Specs.Features;

/// <summary>
/// Every scenario of every .feature file below features/ is one test case; a scenario of a
/// <c>@jsonata-twin</c> feature is two, the second against the definition's JSONata twin.
/// </summary>
public class Features
{
    [GherkinTheory, GherkinScenarios("features", Variants = typeof(JsonataTwins))]
    public Task Run(GherkinScenario scenario) => scenario.RunAsync();
}
