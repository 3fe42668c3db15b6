using System.Globalization;
using EventPro.Specs.Gherkin.Parsing;

namespace EventPro.Specs.Gherkin.Tests.Running;

public class ScenarioExecutionArgumentTests
{
    private static CompiledScenario Scenario(string steps) => RunnerTestKit.Feature("  Scenario: Arguments\n" + steps).Scenarios[0];

    private static async Task<IReadOnlyList<string>> RunAsync(string steps)
    {
        var (result, _, journal) = await RunnerTestKit.RunAsync(Scenario(steps), typeof(ArgumentSteps), typeof(Transformations));
        Assert.True(result.Status == ScenarioStatus.Passed, result.Failures.Count > 0 ? result.FailureMessage : result.Status.ToString());
        return journal.Entries;
    }

    [Fact]
    public async Task Run_BuiltInParameters_ConvertToMethodTypes()
    {
        var entries = await RunAsync("    Given 3 cards of 2.5 each named \"visa\" in Green on 2025-01-02\n");

        Assert.Equal(["3|2.5|visa|Green|2025-01-02"], entries);
    }

    [Fact]
    public async Task Run_DataTable_IsPassedAsLastParameter()
    {
        var entries = await RunAsync("    Given the prices for 2 customers:\n      | item | price |\n      | tea  | 2     |\n");

        Assert.Equal(["2 customers: tea=2"], entries);
    }

    [Fact]
    public async Task Run_DocString_IsPassedAsDocStringOrString()
    {
        var entries = await RunAsync(
            "    Given the payload:\n      \"\"\"json\n      {\"a\": 1}\n      \"\"\"\n    And the text:\n      \"\"\"\n      plain\n      \"\"\"\n");

        Assert.Equal(["json:{\"a\": 1}", "text:plain"], entries);
    }

    [Fact]
    public async Task Run_CustomParameterType_UsesNamedTransformation()
    {
        var entries = await RunAsync("    Given a price of EUR 12\n");

        Assert.Equal(["Money { Currency = EUR, Amount = 12 }"], entries);
    }

    [Fact]
    public async Task Run_TransformationByType_ConvertsAnonymousAndTableArguments()
    {
        var entries = await RunAsync("    Given the total is EUR 7\n    And these amounts:\n      | amount |\n      | 1      |\n      | 2      |\n");

        Assert.Equal(["total Money { Currency = EUR, Amount = 7 }", "amounts 1,2"], entries);
    }

    public sealed class ArgumentSteps(Journal journal)
    {
        [Given("{int} cards of {float} each named {string} in {ConsoleColor} on {DateTime}")]
        public void Cards(long count, double price, string name, ConsoleColor colour, DateTime day) =>
            journal.Add(FormattableString.Invariant($"{count}|{price}|{name}|{colour}|{day:yyyy-MM-dd}"));

        [Given("the prices for {int} customers:")]
        public void Prices(int customers, DataTable table) =>
            journal.Add($"{customers} customers: {string.Join(",", table.Rows.Select(r => $"{r["item"]}={r["price"]}"))}");

        [Given("the payload:")]
        public void Payload(DocString payload) => journal.Add($"{payload.ContentType}:{payload.Content}");

        [Given("the text:")]
        public void Text(string text) => journal.Add($"text:{text}");

        [Given("a price of {money}")]
        public void Price(Money money) => journal.Add(money.ToString());

        [Given("the total is {}")]
        public void Total(Money money) => journal.Add($"total {money}");

        [Given("these amounts:")]
        public void Amounts(IReadOnlyList<int> amounts) => journal.Add($"amounts {string.Join(",", amounts)}");
    }

    public sealed class Transformations
    {
        [StepArgumentTransformation(@"([A-Z]{3}) (\d+)", Name = "money")]
        public static Money Money(string currency, string amount) => new(currency, decimal.Parse(amount, CultureInfo.InvariantCulture));

        [StepArgumentTransformation]
        public IReadOnlyList<int> Amounts(DataTable table) =>
            table.Rows.Select(r => int.Parse(r["amount"], CultureInfo.InvariantCulture)).ToArray();
    }

    public sealed record Money(string Currency, decimal Amount);
}
