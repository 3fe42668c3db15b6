using EventPro.Specs.Gherkin;
using EventPro.Specs.Harness.Drivers;
using EventPro.Specs.Harness.Twins;

namespace EventPro.Specs.Harness.Steps;

/// <summary>Given steps that choose the state machine and its input.</summary>
/// <param name="driver">The scenario's execution.</param>
[Binding]
public sealed class StateMachineSteps(ExecutionDriver driver)
{
    /// <summary>
    /// <c>Given the state machine "eventpro-checkout"</c>: loads <c>definitions/eventpro-checkout.asl.json</c>
    /// (or a path); in the JSONata-twin run of a <c>@jsonata-twin</c> scenario its twin
    /// <c>eventpro-checkout-jsonata.asl.json</c> instead (see <see cref="TwinDefinitions"/>).
    /// </summary>
    [Given("the state machine {string}")]
    public void GivenTheStateMachine(string name) => Load(name, null);

    /// <summary><c>Given the state machine "x" with the values:</c> a <c>| name | value |</c> table fills its <c>${name}</c> placeholders.</summary>
    [Given("the state machine {string} with the values:")]
    public void GivenTheStateMachineWithValues(string name, DataTable values) =>
        Load(name, values.Rows.ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal));

    private void Load(string name, IReadOnlyDictionary<string, string>? values)
    {
        var (path, reference) = TwinDefinitions.Resolve(name, RepositoryRoot.Find(null), driver.Variant);
        driver.Load(path, values, reference);
    }

    /// <summary><c>Given the input:</c> followed by a JSON doc string.</summary>
    [Given("the input:")]
    public void GivenTheInput(DocString json) => driver.Input = StepJson.Parse(json, "The input");

    /// <summary><c>Given the input fields:</c> a <c>| field | value |</c> table (values are JSON when they parse).</summary>
    [Given("the input fields:")]
    public void GivenTheInputFields(DataTable fields) => driver.Input = StepJson.FromTable(fields);

    /// <summary><c>Given the input from "inputs/order.json"</c> (relative to the repository root).</summary>
    [Given("the input from {string}")]
    public void GivenTheInputFrom(string path)
    {
        var full = Path.Combine(RepositoryRoot.Find(null), path);
        driver.Input = StepJson.Parse(File.ReadAllText(full), $"The input file '{path}'");
    }
}
