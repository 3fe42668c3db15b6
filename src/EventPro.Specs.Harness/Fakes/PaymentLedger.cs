namespace EventPro.Specs.Harness.Fakes;

/// <summary>
/// A payment ledger with Stripe's idempotency: every request carries a key (EventPro's format is
/// <c>{orderId}-{operation}</c>, e.g. <c>ord-1-charge</c>, <c>ord-1-refund</c>), and a request whose
/// key was seen before gets the first answer again, declines included, without charging or refunding
/// twice. A payment is refunded at most once (a second refund under another key is refused with
/// <c>charge_already_refunded</c>). Also the HourBank's escrow: hours are charged to the requester's
/// account and refunded the same way. Not thread-safe: one ledger per execution.
/// </summary>
public sealed class PaymentLedger
{
    /// <summary>Stripe's test payment methods that decline, with their decline codes.</summary>
    public static readonly IReadOnlyDictionary<string, string> DecliningMethods = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["pm_card_chargeDeclined"] = "card_declined",
        ["pm_card_visa_chargeDeclined"] = "card_declined",
        ["pm_card_visa_chargeDeclinedInsufficientFunds"] = "insufficient_funds",
        ["pm_card_chargeDeclinedExpiredCard"] = "expired_card",
        ["pm_card_chargeDeclinedProcessingError"] = "processing_error",
    };

    private readonly Dictionary<string, LedgerAnswer> _answers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, decimal> _balances = new(StringComparer.Ordinal);
    private readonly List<LedgerCharge> _charges = [];
    private readonly List<LedgerRefund> _refunds = [];

    /// <summary>The charges made, in order (replays are not charges).</summary>
    public IReadOnlyList<LedgerCharge> Charges => _charges;

    /// <summary>The refunds made, in order.</summary>
    public IReadOnlyList<LedgerRefund> Refunds => _refunds;

    /// <summary>Gives <paramref name="payer"/> a balance: charges beyond it are declined with <c>insufficient_funds</c> (the HourBank's hours).</summary>
    public void SetBalance(string payer, decimal balance) => _balances[payer] = balance;

    /// <summary>What <paramref name="payer"/> has left, when it has a balance.</summary>
    public decimal? BalanceOf(string payer) => _balances.TryGetValue(payer, out var b) ? b : null;

    /// <summary>Charges <paramref name="amount"/> for <paramref name="orderId"/>, or replays the answer given to <paramref name="idempotencyKey"/>.</summary>
    public LedgerAnswer Charge(string idempotencyKey, string orderId, string payer, decimal amount, string currency, DateTimeOffset now)
    {
        if (_answers.TryGetValue(idempotencyKey, out var first))
        {
            return first with { Replayed = true };
        }

        LedgerAnswer answer;
        if (DecliningMethods.TryGetValue(payer, out var code))
        {
            answer = new LedgerAnswer(null, null, code, false);
        }
        else if (_balances.TryGetValue(payer, out var balance) && balance < amount)
        {
            answer = new LedgerAnswer(null, null, "insufficient_funds", false);
        }
        else
        {
            if (_balances.ContainsKey(payer))
            {
                _balances[payer] = balance - amount;
            }

            var charge = new LedgerCharge(FakeIds.Of("pi_", idempotencyKey), orderId, payer, amount, currency, idempotencyKey, now);
            _charges.Add(charge);
            answer = new LedgerAnswer(charge, null, null, false);
        }

        _answers[idempotencyKey] = answer;
        return answer;
    }

    /// <summary>
    /// Refunds the payment in full, or replays the answer given to <paramref name="idempotencyKey"/>.
    /// An unknown payment is refused with <c>resource_missing</c>, one already refunded under another
    /// key with <c>charge_already_refunded</c> (Stripe's codes).
    /// </summary>
    public LedgerAnswer Refund(string idempotencyKey, string paymentId, DateTimeOffset now)
    {
        if (_answers.TryGetValue(idempotencyKey, out var first))
        {
            return first with { Replayed = true };
        }

        var charge = _charges.FirstOrDefault(c => c.PaymentId == paymentId);
        LedgerAnswer answer;
        if (charge is null)
        {
            answer = new LedgerAnswer(null, null, "resource_missing", false);
        }
        else if (_refunds.Any(r => r.PaymentId == paymentId))
        {
            answer = new LedgerAnswer(charge, null, "charge_already_refunded", false);
        }
        else
        {
            if (_balances.ContainsKey(charge.Payer))
            {
                _balances[charge.Payer] += charge.Amount;
            }

            var refund = new LedgerRefund(FakeIds.Of("re_", idempotencyKey), paymentId, charge.OrderId, charge.Amount, idempotencyKey, now);
            _refunds.Add(refund);
            answer = new LedgerAnswer(charge, refund, null, false);
        }

        _answers[idempotencyKey] = answer;
        return answer;
    }

    /// <summary>The charges of <paramref name="orderId"/> not refunded.</summary>
    public IEnumerable<LedgerCharge> UnrefundedCharges(string orderId) =>
        _charges.Where(c => c.OrderId == orderId && !_refunds.Any(r => r.PaymentId == c.PaymentId));
}
