using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.Fakers;

namespace EventPro.Specs.Harness.Tests.Fakers;

public class FakerRegistryTests
{
    public static TheoryData<string> Names => [.. FakerRegistry.Fakers.Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Generate_SameSeed_SameInput_OtherSeeds_OtherInputs(string name)
    {
        var first = FakerRegistry.Generate(name, 42);
        FakerRegistry.Generate(name, 7);

        Assert.Equal(first.ToJson(), FakerRegistry.Generate(name, 42).ToJson());
        Assert.True(Enumerable.Range(0, 20).Select(seed => FakerRegistry.Generate(name, seed).ToJson()).Distinct().Count() > 10);
    }

    [Fact]
    public void Checkout_Orders_HaveEveryFieldTheDefinitionReads_AndSomeCardsDecline()
    {
        var orders = Enumerable.Range(0, 300).Select(seed => (JsonObject)FakerRegistry.Generate("checkout", seed)).ToList();

        Assert.All(orders, o => Assert.All(["orderId", "eventId", "seatId", "amount", "currency", "paymentToken", "email"], key => Assert.True(o.ContainsKey(key), key)));
        var declining = orders.Count(o => ((JsonString)o["paymentToken"]).Value.Contains("Declined", StringComparison.Ordinal));
        Assert.InRange(declining, 5, 60);
    }

    [Fact]
    public void Get_UnknownName_ThrowsNamingTheFakers()
    {
        var error = Assert.Throws<ArgumentException>(() => FakerRegistry.Get("customers"));

        Assert.Contains("checkout", error.Message, StringComparison.Ordinal);
    }
}
