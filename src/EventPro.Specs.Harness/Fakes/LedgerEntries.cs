namespace EventPro.Specs.Harness.Fakes;

/// <summary>A charge the ledger made.</summary>
/// <param name="PaymentId">The payment's id (e.g. <c>pi_…</c>).</param>
/// <param name="OrderId">The order it pays for.</param>
/// <param name="Payer">Who paid: the payment method, or the account whose hours were escrowed.</param>
/// <param name="Amount">The amount, in the request's unit.</param>
/// <param name="Currency">The currency (or <c>hours</c>).</param>
/// <param name="IdempotencyKey">The key of the request that made it.</param>
/// <param name="At">When, on the execution's clock.</param>
public sealed record LedgerCharge(string PaymentId, string OrderId, string Payer, decimal Amount, string Currency, string IdempotencyKey, DateTimeOffset At);

/// <summary>A refund the ledger made.</summary>
/// <param name="RefundId">The refund's id (e.g. <c>re_…</c>).</param>
/// <param name="PaymentId">The payment refunded.</param>
/// <param name="OrderId">The order of that payment.</param>
/// <param name="Amount">The amount given back.</param>
/// <param name="IdempotencyKey">The key of the request that made it.</param>
/// <param name="At">When, on the execution's clock.</param>
public sealed record LedgerRefund(string RefundId, string PaymentId, string OrderId, decimal Amount, string IdempotencyKey, DateTimeOffset At);

/// <summary>What the ledger answered a request: the charge or refund, or why it refused (a decline code).</summary>
/// <param name="Charge">The charge made (or replayed), for a successful charge.</param>
/// <param name="Refund">The refund made (or replayed), for a successful refund.</param>
/// <param name="DeclineCode">Why it refused, Stripe's way: <c>card_declined</c>, <c>insufficient_funds</c>, <c>charge_already_refunded</c>, <c>resource_missing</c>.</param>
/// <param name="Replayed">Whether the answer is the first answer to the same idempotency key, replayed.</param>
public sealed record LedgerAnswer(LedgerCharge? Charge, LedgerRefund? Refund, string? DeclineCode, bool Replayed)
{
    /// <summary>Whether the request was refused.</summary>
    public bool Declined => DeclineCode is not null;
}
