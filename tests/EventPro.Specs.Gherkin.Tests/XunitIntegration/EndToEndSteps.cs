using System.Globalization;

namespace EventPro.Specs.Gherkin.Tests.XunitIntegration;

/// <summary>Step definitions of the end-to-end features (found by assembly scanning).</summary>
[Binding]
public sealed class EndToEndSteps(EndToEndBasket basket, ScenarioContext scenario)
{
    [StepArgumentTransformation(@"(\d+)%", Name = "discount")]
    public static EndToEndDiscount Discount(string percent) => new(decimal.Parse(percent, CultureInfo.InvariantCulture));

    [Given("an empty basket")]
    public void EmptyBasket() => Assert.Empty(basket.Lines);

    [When("I add {int} {string} at {decimal} each")]
    public void Add(int count, string fruit, decimal price) => basket.Lines.Add((fruit, count, price));

    [When("I add these items:")]
    public async Task AddTable(DataTable items)
    {
        await Task.Yield();
        foreach (var row in items.Rows)
        {
            basket.Lines.Add((row["fruit"], int.Parse(row["count"], CultureInfo.InvariantCulture), decimal.Parse(row["price"], CultureInfo.InvariantCulture)));
        }
    }

    [When(@"^I add (\d+) (\w+) the old way$")]
    public void AddOldWay(int count, string fruit) => basket.Lines.Add((fruit, count, 1m));

    [When("a {discount} discount applies")]
    public void ApplyDiscount(EndToEndDiscount discount)
    {
        // The [BeforeScenario("pricing")] hook only runs for @pricing scenarios, such as this one.
        Assert.True(scenario.ContainsKey(EndToEndHooks.PricingKey), "the @pricing hook did not run");
        basket.DiscountPercent = discount.Percent;
    }
}

/// <summary>Assertions, in a second class that receives the same basket instance.</summary>
[Binding]
public sealed class EndToEndAssertions(EndToEndBasket basket, FeatureContext feature)
{
    [Then("the basket holds {int} items")]
    public void Holds(int count) => Assert.Equal(count, basket.Count);

    [Then("the basket does not hold {string}")]
    public void DoesNotHold(string fruit) => Assert.DoesNotContain(basket.Lines, l => l.Fruit == fruit);

    [Then("the total is {decimal}")]
    public ValueTask Total(decimal total)
    {
        Assert.Equal(total, basket.Total);
        return ValueTask.CompletedTask;
    }

    [Then("the receipt is:")]
    public void Receipt(DocString receipt)
    {
        Assert.Equal("text", receipt.ContentType);
        var lines = basket.Lines.Select(l => $"{l.Fruit} x{l.Count} = {(l.Count * l.Price).ToString(CultureInfo.InvariantCulture)}");
        Assert.Equal(receipt.Content, string.Join("\n", lines));
    }

    [Then("the basket can be shared with a friend")]
    public void Share() => throw new PendingStepException("sharing is specified but not built yet");

    [Then("the feature was prepared by its hook")]
    public void FeaturePrepared() => Assert.Equal("Basket", feature.Get<string>(EndToEndHooks.PreparedKey));
}
