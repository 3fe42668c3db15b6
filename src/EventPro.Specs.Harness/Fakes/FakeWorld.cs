namespace EventPro.Specs.Harness.Fakes;

/// <summary>
/// The stateful fakes of one execution: seats, payments, tickets, notifications, stock and records.
/// A fresh world per execution keeps executions independent, so a campaign can run them in
/// parallel and a chaos reproducer (one scenario) starts from the same state the campaign did.
/// </summary>
public sealed class FakeWorld
{
    /// <summary>Seat holds and sales (checkout).</summary>
    public SeatInventory Seats { get; } = new();

    /// <summary>Charges and refunds, idempotent by key (checkout, order saga, HourBank escrow).</summary>
    public PaymentLedger Payments { get; } = new();

    /// <summary>Stored tickets (checkout).</summary>
    public TicketStore Tickets { get; } = new();

    /// <summary>Notifications sent.</summary>
    public NotificationOutbox Outbox { get; } = new();

    /// <summary>Product stock (order workflows).</summary>
    public StockInventory Stock { get; } = new();

    /// <summary>Records written (orders, service requests, processed uploads).</summary>
    public RecordStore Records { get; } = new();
}
