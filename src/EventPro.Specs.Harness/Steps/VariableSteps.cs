using EventPro.Specs.Engine.Json;
using EventPro.Specs.Gherkin;
using EventPro.Specs.Harness.Drivers;

namespace EventPro.Specs.Harness.Steps;

/// <summary>
/// Then steps about workflow variables (<c>Assign</c>), read from the history: every state that
/// assigns records the values in its exited event's <c>assignedVariables</c>, as AWS does.
/// </summary>
/// <param name="driver">The scenario's execution.</param>
[Binding]
public sealed class VariableSteps(ExecutionDriver driver)
{
    /// <summary><c>Then the variable "total" is:</c> + JSON: the last value any state assigned to it.</summary>
    [Then("the variable {string} is:")]
    public void ThenTheVariableIs(string name, DocString expected) =>
        Expect(name, null, StepJson.Parse(expected, $"The expected value of the variable '{name}'"));

    /// <summary><c>Then the variable "total" after the state "AddFees" is:</c> + JSON: the value that state assigned (its last run).</summary>
    [Then("the variable {string} after the state {string} is:")]
    public void ThenTheVariableAfterTheStateIs(string name, string state, DocString expected) =>
        Expect(name, state, StepJson.Parse(expected, $"The expected value of the variable '{name}'"));

    private void Expect(string name, string? state, JsonValue expected)
    {
        var assignments = driver.Result.Events
            .Where(e => e.AssignedVariables is not null && (state is null || e.Name == state))
            .ToList();
        var last = assignments.LastOrDefault(e => e.AssignedVariables!.ContainsKey(name));
        if (last is null)
        {
            var where = state is null ? "by any state" : $"by the state '{state}'";
            var assigned = assignments.SelectMany(e => e.AssignedVariables!.Keys).Distinct(StringComparer.Ordinal).ToList();
            throw new StepAssertionException($"The variable '{name}' was never assigned {where}. Assigned variables: {(assigned.Count == 0 ? "none" : string.Join(", ", assigned))}.");
        }

        var actual = last.AssignedVariables![name];
        if (!expected.Equals(actual))
        {
            throw new StepAssertionException($"Expected the variable '{name}' to be {expected.ToJson()}, but '{last.Name}' assigned {actual.ToJson()} (event #{last.Id}, {last.Type}).");
        }
    }
}
