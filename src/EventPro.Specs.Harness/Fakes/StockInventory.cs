namespace EventPro.Specs.Harness.Fakes;

/// <summary>Stock reserved for an order, until it is released.</summary>
/// <param name="ReservationId">The reservation's id.</param>
/// <param name="OrderId">The order.</param>
/// <param name="Items">Product id and quantity of each line.</param>
/// <param name="IdempotencyId">The key of the request that made it.</param>
public sealed record StockReservation(string ReservationId, string OrderId, IReadOnlyList<(string ProductId, int Quantity)> Items, string IdempotencyId)
{
    /// <summary>Whether it was released.</summary>
    public bool Released { get; set; }
}

/// <summary>
/// Product stock for the order workflows: every product starts with <see cref="InitialStock"/> units
/// unless set. Reserving is atomic (all lines or none, as a DynamoDB transaction) and idempotent by
/// the request's idempotency id; releasing gives an order's reserved units back, once, and succeeds
/// when there is nothing to release (the guide's "graceful" ReleaseInventory). Not thread-safe.
/// </summary>
/// <param name="initialStock">The units every product starts with.</param>
public sealed class StockInventory(int initialStock = 10)
{
    private readonly Dictionary<string, int> _available = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StockReservation> _byIdempotencyId = new(StringComparer.Ordinal);
    private readonly List<StockReservation> _reservations = [];

    /// <summary>The units every product starts with.</summary>
    public int InitialStock => initialStock;

    /// <summary>The reservations made, in order.</summary>
    public IReadOnlyList<StockReservation> Reservations => _reservations;

    /// <summary>Sets a product's stock.</summary>
    public void SetStock(string productId, int units) => _available[productId] = units;

    /// <summary>The units of <paramref name="productId"/> not reserved.</summary>
    public int Available(string productId) => _available.TryGetValue(productId, out var n) ? n : initialStock;

    /// <summary>The first line that cannot be served from the stock, if any.</summary>
    public (string ProductId, int Available, int Asked)? Shortage(IEnumerable<(string ProductId, int Quantity)> items) =>
        items.Where(i => i.Quantity > Available(i.ProductId)).Select(i => ((string, int, int)?)(i.ProductId, Available(i.ProductId), i.Quantity)).FirstOrDefault();

    /// <summary>Reserves every line, or nothing (null) when one is short; a repeated idempotency id returns the first reservation.</summary>
    public StockReservation? Reserve(string idempotencyId, string orderId, IReadOnlyList<(string ProductId, int Quantity)> items)
    {
        if (_byIdempotencyId.TryGetValue(idempotencyId, out var first))
        {
            return first;
        }

        if (Shortage(items) is not null)
        {
            return null;
        }

        foreach (var (product, quantity) in items)
        {
            _available[product] = Available(product) - quantity;
        }

        var reservation = new StockReservation(FakeIds.Of("RES-", idempotencyId)[..12].ToUpperInvariant(), orderId, items, idempotencyId);
        _byIdempotencyId[idempotencyId] = reservation;
        _reservations.Add(reservation);
        return reservation;
    }

    /// <summary>Releases the order's reservations not yet released; returns how many lines went back (0 is fine).</summary>
    public int Release(string orderId)
    {
        var lines = 0;
        foreach (var reservation in _reservations.Where(r => r.OrderId == orderId && !r.Released))
        {
            foreach (var (product, quantity) in reservation.Items)
            {
                _available[product] = Available(product) + quantity;
                lines++;
            }

            reservation.Released = true;
        }

        return lines;
    }

    /// <summary>The order's reservations still standing.</summary>
    public IEnumerable<StockReservation> HeldBy(string orderId) => _reservations.Where(r => r.OrderId == orderId && !r.Released);
}
