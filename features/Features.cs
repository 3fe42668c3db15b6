using EventPro.Specs.Gherkin;
using Xunit;

[assembly: AssemblyFixture(typeof(GherkinTestRun))]

namespace EventPro.Specs.Features;

/// <summary>Every scenario of every .feature file below features/ is one test case.</summary>
public class Features
{
    [GherkinTheory, GherkinScenarios("features")]
    public Task Run(GherkinScenario scenario) => scenario.RunAsync();
}
