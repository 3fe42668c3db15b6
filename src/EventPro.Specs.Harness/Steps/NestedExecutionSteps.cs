using EventPro.Specs.Engine.Integrations.Nested;
using EventPro.Specs.Gherkin;
using EventPro.Specs.Harness.Assertions;
using EventPro.Specs.Harness.Definitions;
using EventPro.Specs.Harness.Drivers;

namespace EventPro.Specs.Harness.Steps;

/// <summary>
/// Steps about the child executions a scenario's <c>states:startExecution</c> tasks started (they run
/// on the same engine and virtual clock as the parent; a mocked task starts none).
/// </summary>
/// <param name="driver">The scenario's execution.</param>
[Binding]
public sealed class NestedExecutionSteps(ExecutionDriver driver)
{
    /// <summary>
    /// <c>Given the state machine "fulfilment" is available</c>: registers a definition (a name under
    /// definitions/ or a path) so tasks can start it by the ARN <c>...:stateMachine:&lt;file name without .asl.json&gt;</c>.
    /// </summary>
    [Given("the state machine {string} is available")]
    public void GivenTheStateMachineIsAvailable(string name)
    {
        var path = DefinitionFiles.Resolve(name, RepositoryRoot.Find(null));
        driver.StateMachines.Add(DefinitionFiles.IdOf(path), DefinitionLoader.Load(path));
    }

    /// <summary><c>Then the child execution started by "StartFulfilment" succeeded</c>.</summary>
    [Then("the child execution started by {string} succeeded")]
    public void ThenTheChildSucceeded(string stateName) => ExpectStatus(ChildOf(stateName), "SUCCEEDED");

    /// <summary><c>Then the child execution started by "StartFulfilment" succeeded with:</c> + JSON: its output equals it (key order aside).</summary>
    [Then("the child execution started by {string} succeeded with:")]
    public void ThenTheChildSucceededWith(string stateName, DocString expected)
    {
        var child = ChildOf(stateName);
        ExpectStatus(child, "SUCCEEDED");
        var json = StepJson.Parse(expected, "The expected child output");
        if (!json.Equals(child.Result.Output))
        {
            throw new StepAssertionException($"Expected the child execution started by '{stateName}' to output {json.ToJson()}, but it output {child.Result.Output?.ToJson() ?? "(none)"}.");
        }
    }

    /// <summary><c>Then the child execution started by "StartFulfilment" output contains:</c> + JSON: every member given is in its output.</summary>
    [Then("the child execution started by {string} output contains:")]
    public void ThenTheChildOutputContains(string stateName, DocString expected)
    {
        var child = ChildOf(stateName);
        if (JsonSubset.Difference(StepJson.Parse(expected, "The expected child output"), child.Result.Output) is { } difference)
        {
            throw new StepAssertionException($"{difference}. The child's whole output was {child.Result.Output?.ToJson() ?? "(none)"}.");
        }
    }

    /// <summary><c>Then the child execution started by "StartFulfilment" failed with error "Fulfilment.Failed"</c>.</summary>
    [Then("the child execution started by {string} failed with error {string}")]
    public void ThenTheChildFailedWithError(string stateName, string error)
    {
        var child = ChildOf(stateName);
        ExpectStatus(child, "FAILED");
        if (child.Result.Error != error)
        {
            throw new StepAssertionException($"Expected the child execution started by '{stateName}' to fail with '{error}', but it failed with '{child.Result.Error}' (cause: {child.Result.Cause}).");
        }
    }

    /// <summary><c>Then the child execution started by "StartFulfilment" went through "Reserve, Ship"</c>: the states it entered, in order.</summary>
    [Then("the child execution started by {string} went through {string}")]
    public void ThenTheChildWentThrough(string stateName, string path)
    {
        var expected = path.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var actual = ChildOf(stateName).Result.Path;
        if (!expected.SequenceEqual(actual))
        {
            throw new StepAssertionException($"Expected the child execution started by '{stateName}' to go through {string.Join(", ", expected)}, but it went through {string.Join(", ", actual)}.");
        }
    }

    /// <summary><c>Then 2 child executions were started</c> (including children of children is not counted: only this execution's).</summary>
    [Then("{int} child execution(s) was/were started")]
    public void ThenChildExecutionsWereStarted(int count)
    {
        var children = driver.Result.ChildExecutions;
        if (children.Count != count)
        {
            throw new StepAssertionException($"Expected {count} child execution(s), but {children.Count} were started{Describe(children)}.");
        }
    }

    private ChildExecution ChildOf(string stateName)
    {
        var children = driver.Result.ChildExecutions;
        var started = children.Where(c => c.StateName == stateName).ToList();
        return started.Count switch
        {
            1 => started[0],
            0 => throw new StepAssertionException($"The state '{stateName}' started no child execution{Describe(children)}. A mocked startExecution task starts none."),
            _ => throw new StepAssertionException($"The state '{stateName}' started {started.Count} child executions ({string.Join(", ", started.Select(c => c.Result.Info.Name))}); these steps need exactly one."),
        };
    }

    private static void ExpectStatus(ChildExecution child, string status)
    {
        if (child.Result.StatusName != status)
        {
            throw new StepAssertionException($"Expected the child execution started by '{child.StateName}' to be {status}, but it was {child.Result.StatusName} (error: {child.Result.Error}, cause: {child.Result.Cause}).");
        }
    }

    private static string Describe(IReadOnlyList<ChildExecution> children) =>
        children.Count == 0 ? string.Empty : $" (children were started by: {string.Join(", ", children.Select(c => c.StateName))})";
}
