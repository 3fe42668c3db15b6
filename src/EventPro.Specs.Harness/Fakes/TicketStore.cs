namespace EventPro.Specs.Harness.Fakes;

/// <summary>A stored ticket (the PDF in S3).</summary>
/// <param name="Key">The object key, e.g. <c>tickets/ord-1.pdf</c>.</param>
/// <param name="OrderId">The order it was issued for.</param>
/// <param name="Body">The content.</param>
/// <param name="ETag">S3's ETag of the content.</param>
/// <param name="At">When it was stored, on the execution's clock.</param>
public sealed record StoredTicket(string Key, string OrderId, string Body, string ETag, DateTimeOffset At);

/// <summary>
/// The ticket bucket: a put stores (or overwrites) the object under its key, as S3 does, so a
/// retried upload of the same order's ticket is still one ticket. Not thread-safe: one per execution.
/// </summary>
public sealed class TicketStore
{
    private readonly Dictionary<string, StoredTicket> _tickets = new(StringComparer.Ordinal);

    /// <summary>The stored tickets, by key.</summary>
    public IReadOnlyCollection<StoredTicket> Tickets => _tickets.Values;

    /// <summary>Stores the ticket and returns it.</summary>
    public StoredTicket Put(string key, string orderId, string body, DateTimeOffset now)
    {
        var ticket = new StoredTicket(key, orderId, body, FakeIds.ETag(body), now);
        _tickets[key] = ticket;
        return ticket;
    }

    /// <summary>Whether a ticket was issued for <paramref name="orderId"/>.</summary>
    public bool HasTicketFor(string orderId) => _tickets.Values.Any(t => t.OrderId == orderId);
}
