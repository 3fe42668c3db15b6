using System.Globalization;
using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Harness.Fakes.Workflows;

/// <summary>
/// The order saga's Lambda functions over the stock, the payment ledger, the order records and the
/// outbox, as the error-handling guide describes them: ReserveInventory idempotent by
/// <c>idempotencyId</c>, ProcessPayment by <c>{orderId}-payment</c>, RefundPayment by
/// <c>{orderId}-refund</c> (an already refunded charge is a success), ReleaseInventory graceful (nothing
/// to release is a success), CreateOrderRecord a conditional put with an update fallback.
/// </summary>
public sealed class OrderSagaFakes : WorkflowFakes
{
    private static readonly DomainInvariant[] Rules =
    [
        new("no card was charged without an order record or a refund", (world, result) => CompensationFailed(result) ? null : world.Payments.Charges
            .Where(c => world.Records.Get("Orders", c.OrderId) is null && !world.Payments.Refunds.Any(r => r.PaymentId == c.PaymentId))
            .Select(c => $"{c.PaymentId} charged {c.Amount.ToString(CultureInfo.InvariantCulture)} {c.Currency} for {c.OrderId}, which has no order record and no refund")
            .FirstOrDefault()),
        new("no card was charged twice", (world, _) => world.Payments.Charges.GroupBy(c => c.OrderId).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key} was charged {g.Count()} times").FirstOrDefault()),
        new("no refund was made twice", (world, _) => world.Payments.Refunds.GroupBy(r => r.OrderId).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key} was refunded {g.Count()} times").FirstOrDefault()),
        new("a failed order holds no stock", (world, result) => result.Status == ExecutionStatus.Succeeded || CompensationFailed(result)
            ? null
            : world.Stock.Reservations.Where(r => !r.Released).Select(r => $"the execution ended {result.StatusName} ({result.Error}) but {r.OrderId} still holds the reservation {r.ReservationId}").FirstOrDefault()),
        new("a confirmed order was paid and recorded", (world, result) =>
        {
            if (result.Status != ExecutionStatus.Succeeded || result.Input is not JsonObject input || FakeJson.OptionalText(input, "orderId") is not { } orderId)
            {
                return null;
            }

            return world.Records.Get("Orders", orderId) is null ? $"{orderId} succeeded without an order record"
                : !world.Payments.UnrefundedCharges(orderId).Any() ? $"{orderId} succeeded without a standing charge"
                : null;
        }),
    ];

    /// <inheritdoc />
    public override string Name => "order-saga";

    /// <inheritdoc />
    public override IReadOnlyList<DomainInvariant> Invariants => Rules;

    /// <summary>Whether the saga ended in OrderFailedCritical: a compensation it could not complete, left for manual review.</summary>
    private static bool CompensationFailed(ExecutionResult result) => result.Error == "OrderFailedCritical";

    /// <inheritdoc />
    protected override void Register(InProcessTaskBackend backend, FakeWorld world)
    {
        backend
            .ForState("CheckInventory", call => CheckInventory(world, call))
            .ForState("ReserveInventory", call => ReserveInventory(world, call))
            .ForState("ProcessPayment", call => ProcessPayment(world, call))
            .ForState("CreateOrderRecord", call => CreateOrderRecord(world, call))
            .ForState("NotifyCustomer", call => NotifyCustomer(world, call))
            .ForState("ReleaseReservedInventory", call => ReleaseInventory(world, call))
            .ForState("ReleaseInventory", call => ReleaseInventory(world, call))
            .ForState("RefundPayment", call => RefundPayment(world, call));
    }

    private static string Request(TaskInvocation call) => $"{call.Execution.Name}|{call.StateName}|{call.RetryCount}";

    private static JsonValue CheckInventory(FakeWorld world, TaskInvocation call)
    {
        var lines = OrderLines.Read(FakeJson.At(call.Parameters, "Payload", "items"), "InventoryError");
        if (world.Stock.Shortage(lines) is { } shortage)
        {
            throw ServiceAnswers.LambdaError("InsufficientStockError", $"{shortage.ProductId}: {shortage.Available} in stock, {shortage.Asked} asked");
        }

        return ServiceAnswers.Lambda(JsonObject.Of(("available", true)), Request(call));
    }

    private static JsonValue ReserveInventory(FakeWorld world, TaskInvocation call)
    {
        var payload = FakeJson.At(call.Parameters, "Payload") ?? JsonObject.Empty;
        var orderId = FakeJson.OptionalText(payload, "orderId") ?? throw ServiceAnswers.LambdaError("InventoryError", "orderId is required");
        var idempotencyId = FakeJson.OptionalText(payload, "idempotencyId") ?? orderId;
        var lines = OrderLines.Read(FakeJson.At(payload, "items"), "InventoryError");
        var reservation = world.Stock.Reserve(idempotencyId, orderId, lines);
        if (reservation is null)
        {
            var (product, available, asked) = world.Stock.Shortage(lines)!.Value;
            throw ServiceAnswers.LambdaError("InsufficientStockError", $"{product}: {available} in stock, {asked} asked");
        }

        return ServiceAnswers.Lambda(JsonObject.Of(("reservationId", reservation.ReservationId)), Request(call));
    }

    private static JsonValue ProcessPayment(FakeWorld world, TaskInvocation call)
    {
        var payload = FakeJson.At(call.Parameters, "Payload") ?? JsonObject.Empty;
        var orderId = FakeJson.OptionalText(payload, "orderId") ?? throw ServiceAnswers.LambdaError("PaymentFailed", "orderId is required");
        var key = FakeJson.OptionalText(payload, "idempotencyKey") ?? throw ServiceAnswers.LambdaError("PaymentFailed", "idempotencyKey is required");
        var method = FakeJson.OptionalText(payload, "paymentMethodId") ?? throw ServiceAnswers.LambdaError("CardError", "paymentMethodId is required");
        var amount = FakeJson.Number(payload, "PaymentFailed", "amount");
        var currency = FakeJson.OptionalText(payload, "currency") ?? "usd";
        var answer = world.Payments.Charge(key, orderId, method, amount, currency, call.Clock.GetUtcNow());
        if (answer.Declined)
        {
            throw answer.DeclineCode switch
            {
                "insufficient_funds" => ServiceAnswers.LambdaError("InsufficientFunds", "Your card has insufficient funds."),
                "card_declined" => ServiceAnswers.LambdaError("PaymentDeclined", "Your card was declined."),
                _ => ServiceAnswers.LambdaError("CardError", $"Your card was declined ({answer.DeclineCode})."),
            };
        }

        return ServiceAnswers.Lambda(JsonObject.Of(("paymentIntentId", answer.Charge!.PaymentId), ("status", "succeeded")), Request(call));
    }

    private static JsonValue CreateOrderRecord(FakeWorld world, TaskInvocation call)
    {
        var payload = FakeJson.At(call.Parameters, "Payload") as JsonObject ?? throw ServiceAnswers.LambdaError("OrderRecordError", "The order record has no payload.");
        var orderId = FakeJson.OptionalText(payload, "orderId") ?? throw ServiceAnswers.LambdaError("OrderRecordError", "orderId is required");
        if (FakeJson.OptionalText(payload, "paymentIntentId") is null || FakeJson.OptionalText(payload, "reservationId") is null)
        {
            throw ServiceAnswers.LambdaError("OrderRecordError", $"The order record of {orderId} needs its reservation and payment.");
        }

        // The guide: a duplicate order (conditional put fails) falls back to an update of the same record.
        world.Records.Put("Orders", orderId, payload);
        return ServiceAnswers.Lambda(JsonObject.Of(("status", FakeJson.OptionalText(payload, "status") ?? "CONFIRMED")), Request(call));
    }

    private static JsonValue NotifyCustomer(FakeWorld world, TaskInvocation call)
    {
        var payload = FakeJson.At(call.Parameters, "Payload") ?? JsonObject.Empty;
        var orderId = FakeJson.OptionalText(payload, "orderId") ?? string.Empty;
        var channels = new List<JsonValue>();
        if (FakeJson.OptionalText(payload, "contact", "email") is { } email)
        {
            world.Outbox.Publish("email:" + email, $"Order {orderId} confirmed", payload.ToJson(), call.Clock.GetUtcNow());
            channels.Add("email");
        }

        if (FakeJson.OptionalText(payload, "contact", "phone") is { } phone)
        {
            world.Outbox.Publish("sms:" + phone, null, $"Order {orderId} confirmed", call.Clock.GetUtcNow());
            channels.Add("sms");
        }

        // The guide's NotifyCustomer "returns success even if notification fails": no contact, no channel.
        return ServiceAnswers.Lambda(JsonObject.Of(("channels", JsonArray.From(channels))), Request(call));
    }

    private static JsonValue ReleaseInventory(FakeWorld world, TaskInvocation call)
    {
        var orderId = FakeJson.OptionalText(call.Parameters, "Payload", "orderId") ?? throw ServiceAnswers.LambdaError("InventoryError", "orderId is required");
        var released = world.Stock.Release(orderId);
        return ServiceAnswers.Lambda(JsonObject.Of(("releasedItems", released)), Request(call));
    }

    private static JsonValue RefundPayment(FakeWorld world, TaskInvocation call)
    {
        var payload = FakeJson.At(call.Parameters, "Payload") ?? JsonObject.Empty;
        var key = FakeJson.OptionalText(payload, "idempotencyKey") ?? throw ServiceAnswers.LambdaError("RefundFailed", "idempotencyKey is required");
        var paymentId = FakeJson.OptionalText(payload, "paymentIntentId") ?? throw ServiceAnswers.LambdaError("RefundFailed", "paymentIntentId is required");
        var answer = world.Payments.Refund(key, paymentId, call.Clock.GetUtcNow());
        if (answer.DeclineCode == "charge_already_refunded")
        {
            // The guide: 'charge_already_refunded' -> Success (idempotent).
            var earlier = world.Payments.Refunds.First(r => r.PaymentId == paymentId);
            return ServiceAnswers.Lambda(JsonObject.Of(("refundId", earlier.RefundId), ("alreadyRefunded", true)), Request(call));
        }

        if (answer.Declined)
        {
            throw ServiceAnswers.LambdaError("RefundFailed", $"No such payment_intent: '{paymentId}'");
        }

        return ServiceAnswers.Lambda(JsonObject.Of(("refundId", answer.Refund!.RefundId)), Request(call));
    }
}
