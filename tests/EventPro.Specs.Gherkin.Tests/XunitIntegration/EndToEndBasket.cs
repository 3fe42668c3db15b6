namespace EventPro.Specs.Gherkin.Tests.XunitIntegration;

/// <summary>The per-scenario domain object of the end-to-end features (created by the container).</summary>
public sealed class EndToEndBasket : IDisposable
{
    public List<(string Fruit, int Count, decimal Price)> Lines { get; } = [];

    public decimal DiscountPercent { get; set; }

    public bool Disposed { get; private set; }

    public int Count => Lines.Sum(l => l.Count);

    public decimal Total => Lines.Sum(l => l.Count * l.Price) * (100 - DiscountPercent) / 100;

    public void Dispose() => Disposed = true;
}

/// <summary>A custom Cucumber parameter type's value.</summary>
public sealed record EndToEndDiscount(decimal Percent);
