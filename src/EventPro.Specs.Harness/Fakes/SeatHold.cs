namespace EventPro.Specs.Harness.Fakes;

/// <summary>A seat held for an order until <see cref="ExpiresAt"/> (EventPro holds a seat for 10 minutes).</summary>
/// <param name="Seat">The seat, as <c>eventId/seatId</c>.</param>
/// <param name="OrderId">The order holding it.</param>
/// <param name="HeldAt">When the hold was taken, on the execution's clock.</param>
/// <param name="ExpiresAt">When it lapses and the seat goes back on sale.</param>
public sealed record SeatHold(string Seat, string OrderId, DateTimeOffset HeldAt, DateTimeOffset ExpiresAt)
{
    /// <summary>Whether the hold still stands at <paramref name="now"/>.</summary>
    public bool IsActiveAt(DateTimeOffset now) => now < ExpiresAt;
}

/// <summary>A seat sold to an order (its ticket was issued).</summary>
/// <param name="Seat">The seat, as <c>eventId/seatId</c>.</param>
/// <param name="OrderId">The buyer: an order, or <see cref="SeatInventory.WalkInBuyer"/>.</param>
/// <param name="SoldAt">When, on the execution's clock.</param>
public sealed record SeatSale(string Seat, string OrderId, DateTimeOffset SoldAt);
