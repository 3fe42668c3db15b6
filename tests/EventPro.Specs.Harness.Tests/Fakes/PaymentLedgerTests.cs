using EventPro.Specs.Harness.Fakes;
using FsCheck;
using FsCheck.Fluent;

namespace EventPro.Specs.Harness.Tests.Fakes;

public class PaymentLedgerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Charge_RepeatedKey_ReturnsTheFirstChargeWithoutChargingTwice()
    {
        var ledger = new PaymentLedger();

        var first = ledger.Charge("ord-1-charge", "ord-1", "pm_card_visa", 14900, "gbp", T0);
        var again = ledger.Charge("ord-1-charge", "ord-1", "pm_card_visa", 14900, "gbp", T0.AddSeconds(2));

        Assert.Single(ledger.Charges);
        Assert.Equal(first.Charge, again.Charge);
        Assert.False(first.Replayed);
        Assert.True(again.Replayed);
    }

    [Fact]
    public void Charge_DecliningCard_IsDeclinedAndTheDeclineIsReplayed()
    {
        var ledger = new PaymentLedger();

        var first = ledger.Charge("ord-1-charge", "ord-1", "pm_card_chargeDeclined", 100, "gbp", T0);
        var again = ledger.Charge("ord-1-charge", "ord-1", "pm_card_visa", 100, "gbp", T0);

        Assert.Equal("card_declined", first.DeclineCode);
        Assert.Equal("card_declined", again.DeclineCode);
        Assert.Empty(ledger.Charges);
    }

    [Fact]
    public void Refund_IsIdempotentByKey_AndASecondKeyIsRefused()
    {
        var ledger = new PaymentLedger();
        var charge = ledger.Charge("ord-1-charge", "ord-1", "pm_card_visa", 100, "gbp", T0).Charge!;

        var first = ledger.Refund("ord-1-refund", charge.PaymentId, T0);
        var again = ledger.Refund("ord-1-refund", charge.PaymentId, T0);
        var other = ledger.Refund("ord-1-refund-2", charge.PaymentId, T0);

        Assert.Equal(first.Refund, again.Refund);
        Assert.Equal("charge_already_refunded", other.DeclineCode);
        Assert.Single(ledger.Refunds);
        Assert.Empty(ledger.UnrefundedCharges("ord-1"));
        Assert.Equal("resource_missing", ledger.Refund("x-refund", "pi_unknown", T0).DeclineCode);
    }

    [Fact]
    public void Charge_BeyondTheBalance_IsDeclined_AndARefundGivesItBack()
    {
        var ledger = new PaymentLedger();
        ledger.SetBalance("USR-ALICE", 5);

        Assert.Equal("insufficient_funds", ledger.Charge("REQ-1-escrow", "REQ-1", "USR-ALICE", 6, "hours", T0).DeclineCode);
        var escrow = ledger.Charge("REQ-2-escrow", "REQ-2", "USR-ALICE", 3, "hours", T0).Charge!;
        Assert.Equal(2, ledger.BalanceOf("USR-ALICE"));
        ledger.Refund("REQ-2-refund", escrow.PaymentId, T0);
        Assert.Equal(5, ledger.BalanceOf("USR-ALICE"));
    }

    [Fact]
    public void Charge_AnySequenceOfRequests_ChargesOncePerKey() =>
        Check.One(Config.QuickThrowOnFailure, Prop.ForAll(
            Gen.ListOf(Gen.Elements("ord-1-charge", "ord-2-charge", "ord-3-charge")).ToArbitrary(),
            keys =>
            {
                var ledger = new PaymentLedger();
                foreach (var key in keys)
                {
                    ledger.Charge(key, key[..5], "pm_card_visa", 10, "gbp", T0);
                }

                return ledger.Charges.Count == keys.Distinct().Count() && ledger.Charges.Select(c => c.IdempotencyKey).Distinct().Count() == ledger.Charges.Count;
            }));
}
