namespace EventPro.Specs.Harness.Fakes;

/// <summary>
/// The seats of EventPro's events, as the checkout's seat-hold table sees them: ReserveSeat holds a
/// seat for an order (10 minutes unless the request says otherwise), ReleaseSeat deletes the order's
/// own hold, and issuing the ticket sells the held seat. Time is the execution's clock, so a hold
/// lapses in virtual time when payment retries and latency push the checkout past it.
/// </summary>
/// <remarks>
/// A lapsed hold puts the seat back on sale, and EventPro's premium seats sell at once: the
/// inventory records a sale to <see cref="WalkInBuyer"/> at the moment the hold lapsed. A ticket
/// issued afterwards for the original order is then the second sale of that seat, which is what the
/// "no seat was sold twice" invariant looks for. Not thread-safe: one inventory per execution.
/// </remarks>
public sealed class SeatInventory
{
    /// <summary>EventPro's hold: 10 minutes.</summary>
    public static readonly TimeSpan DefaultHold = TimeSpan.FromMinutes(10);

    /// <summary>The buyer recorded when a lapsed hold puts a seat back on sale.</summary>
    public const string WalkInBuyer = "walk-in";

    private readonly Dictionary<string, SeatHold> _holds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _seatOfOrder = new(StringComparer.Ordinal);
    private readonly List<SeatSale> _sales = [];

    /// <summary>Every sale, in order.</summary>
    public IReadOnlyList<SeatSale> Sales => _sales;

    /// <summary>The seat key of an event's seat.</summary>
    public static string SeatKey(string eventId, string seatId) => eventId + "/" + seatId;

    /// <summary>
    /// Holds the seat for the order (the conditional put <c>attribute_not_exists(seatId)</c>): false
    /// when the seat is sold or held by anyone (the same order included, as the condition is on the item).
    /// </summary>
    public bool TryHold(string eventId, string seatId, string orderId, DateTimeOffset now, TimeSpan? duration = null)
    {
        var seat = SeatKey(eventId, seatId);
        Expire(seat, now);
        if (_holds.ContainsKey(seat) || _sales.Any(s => s.Seat == seat))
        {
            return false;
        }

        _holds[seat] = new SeatHold(seat, orderId, now, now + (duration ?? DefaultHold));
        _seatOfOrder.TryAdd(orderId, seat);
        return true;
    }

    /// <summary>
    /// Deletes the order's hold (the conditional delete <c>attribute_not_exists(seatId) OR orderId = :orderId</c>):
    /// true when there was none or it was the order's; false when another order holds the seat.
    /// </summary>
    public bool TryRelease(string eventId, string seatId, string orderId, DateTimeOffset now)
    {
        var seat = SeatKey(eventId, seatId);
        Expire(seat, now);
        if (!_holds.TryGetValue(seat, out var hold))
        {
            return true;
        }

        if (hold.OrderId != orderId)
        {
            return false;
        }

        _holds.Remove(seat);
        return true;
    }

    /// <summary>Sells the order's seat (its ticket was issued); returns the seat, or null when the order never held one.</summary>
    public string? Sell(string orderId, DateTimeOffset now)
    {
        if (!_seatOfOrder.TryGetValue(orderId, out var seat))
        {
            return null;
        }

        Expire(seat, now);
        if (_holds.TryGetValue(seat, out var hold) && hold.OrderId == orderId)
        {
            _holds.Remove(seat);
        }

        if (!_sales.Any(s => s.Seat == seat && s.OrderId == orderId))
        {
            _sales.Add(new SeatSale(seat, orderId, now));
        }

        return seat;
    }

    /// <summary>The hold standing on the seat at <paramref name="now"/>, if any.</summary>
    public SeatHold? HoldOf(string orderId, DateTimeOffset now)
    {
        if (!_seatOfOrder.TryGetValue(orderId, out var seat))
        {
            return null;
        }

        Expire(seat, now);
        return _holds.TryGetValue(seat, out var hold) && hold.OrderId == orderId ? hold : null;
    }

    /// <summary>The holds standing at <paramref name="now"/> (lapsed ones are let go first).</summary>
    public IReadOnlyList<SeatHold> ActiveHolds(DateTimeOffset now)
    {
        foreach (var seat in _holds.Keys.ToList())
        {
            Expire(seat, now);
        }

        return [.. _holds.Values];
    }

    /// <summary>Seats sold to more than one buyer, with their sales.</summary>
    public IEnumerable<IGrouping<string, SeatSale>> SoldTwice() =>
        _sales.GroupBy(s => s.Seat, StringComparer.Ordinal).Where(g => g.Select(s => s.OrderId).Distinct(StringComparer.Ordinal).Count() > 1);

    /// <summary>Lets a hold that lapsed by <paramref name="now"/> go, and sells the seat to the walk-in demand at the lapse.</summary>
    private void Expire(string seat, DateTimeOffset now)
    {
        if (_holds.TryGetValue(seat, out var hold) && !hold.IsActiveAt(now))
        {
            _holds.Remove(seat);
            _sales.Add(new SeatSale(seat, WalkInBuyer, hold.ExpiresAt));
        }
    }
}
