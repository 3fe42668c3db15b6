using EventPro.Specs.Gherkin;
using EventPro.Specs.Harness.Drivers;

namespace EventPro.Specs.Harness.Steps;

/// <summary>When steps that run the execution (in virtual time).</summary>
/// <param name="driver">The scenario's execution.</param>
/// <param name="output">The scenario's test output, for a one-line summary of the run.</param>
[Binding]
public sealed class RunSteps(ExecutionDriver driver, IScenarioOutput output)
{
    /// <summary><c>When the execution runs</c>.</summary>
    [When("the execution runs")]
    public void WhenTheExecutionRuns() => Report(driver.Run());

    /// <summary><c>When the execution "order-42" runs</c>: a named execution.</summary>
    [When("the execution {string} runs")]
    public void WhenTheNamedExecutionRuns(string name) => Report(driver.Run(name));

    /// <summary><c>When the execution runs with seed 7</c>: UUIDs, random numbers and jitter from that seed.</summary>
    [When("the execution runs with seed {int}")]
    public void WhenTheExecutionRunsWithSeed(int seed) => Report(driver.Run(seed: seed));

    private void Report(Engine.Execution.ExecutionResult result) =>
        output.WriteLine($"   execution {result.StatusName}: {string.Join(" -> ", result.Path)}{(result.Error is null ? string.Empty : $" ({result.Error}: {result.Cause})")}");
}
