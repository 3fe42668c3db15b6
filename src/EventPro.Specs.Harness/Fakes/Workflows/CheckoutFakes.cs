using System.Globalization;
using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Harness.Fakes.Workflows;

/// <summary>
/// The checkout's services over the seat inventory, the payment ledger, the ticket store and the
/// outbox: ReserveSeat and ReleaseSeat are the seat-hold table's conditional put and delete,
/// ProcessPayment and RefundPayment Stripe's payment intents and refunds (idempotency keys
/// <c>{orderId}-charge</c>, <c>{orderId}-refund</c>), GenerateTicket the ticket bucket (which sells the
/// held seat), SendConfirmation the confirmation topic.
/// </summary>
public sealed class CheckoutFakes : WorkflowFakes
{
    private static readonly DomainInvariant[] Rules =
    [
        new("no seat was sold twice", (world, _) => world.Seats.SoldTwice().Select(g =>
            $"the seat {g.Key} was sold to {string.Join(" and ", g.Select(s => $"{s.OrderId} (at {Clock(s.SoldAt)})"))}"
            + (g.Any(s => s.OrderId == SeatInventory.WalkInBuyer) ? ": the order's 10-minute hold had lapsed, so the seat was back on sale before its ticket was issued" : string.Empty))
            .FirstOrDefault()),
        new("no card was charged without a ticket or a refund", (world, _) => world.Payments.Charges
            .Where(c => !world.Tickets.HasTicketFor(c.OrderId) && !world.Payments.Refunds.Any(r => r.PaymentId == c.PaymentId))
            .Select(c => $"{c.PaymentId} charged {c.Amount.ToString(CultureInfo.InvariantCulture)} {c.Currency} for {c.OrderId}, which has no ticket and no refund")
            .FirstOrDefault()),
        new("no card was charged twice", (world, _) => world.Payments.Charges.GroupBy(c => c.OrderId).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key} was charged {g.Count()} times ({string.Join(", ", g.Select(c => c.IdempotencyKey))})").FirstOrDefault()),
        new("no refund was made twice", (world, _) => world.Payments.Refunds.GroupBy(r => r.OrderId).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key} was refunded {g.Count()} times ({string.Join(", ", g.Select(r => r.IdempotencyKey))})").FirstOrDefault()),
        new("a failed order holds no seat", (world, result) => result.Status == ExecutionStatus.Succeeded
            ? null
            : world.Seats.ActiveHolds(result.StopDate).Select(h => $"the execution ended {result.StatusName} but {h.OrderId} still holds the seat {h.Seat} (until {Clock(h.ExpiresAt)})").FirstOrDefault()),
    ];

    /// <inheritdoc />
    public override string Name => "eventpro-checkout";

    /// <inheritdoc />
    public override IReadOnlyList<DomainInvariant> Invariants => Rules;

    /// <inheritdoc />
    protected override void Register(InProcessTaskBackend backend, FakeWorld world)
    {
        backend
            .ForState("ReserveSeat", call => ReserveSeat(world, call))
            .ForState("ProcessPayment", call => ProcessPayment(world, call))
            .ForState("GenerateTicket", call => GenerateTicket(world, call))
            .ForState("SendConfirmation", call => SendConfirmation(world, call))
            .ForState("RefundPayment", call => RefundPayment(world, call))
            .ForState("ReleaseSeat", call => ReleaseSeat(world, call));
    }

    private const string DynamoDbValidation = "DynamoDB.AmazonDynamoDBException";
    private const string StripeBadRequest = "States.Http.StatusCode.400";

    private static string Clock(DateTimeOffset at) => at.ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    private static JsonValue ReserveSeat(FakeWorld world, TaskInvocation call)
    {
        var p = call.Parameters;
        var eventId = FakeJson.Text(p, DynamoDbValidation, "Item", "eventId", "S");
        var seatId = FakeJson.Text(p, DynamoDbValidation, "Item", "seatId", "S");
        var orderId = FakeJson.Text(p, DynamoDbValidation, "Item", "orderId", "S");
        var seconds = FakeJson.OptionalText(p, "Item", "holdSeconds", "N") is { } n ? TimeSpan.FromSeconds(double.Parse(n, CultureInfo.InvariantCulture)) : SeatInventory.DefaultHold;
        var request = $"{call.Execution.Name}|{call.StateName}|{orderId}";
        return world.Seats.TryHold(eventId, seatId, orderId, call.Clock.GetUtcNow(), seconds)
            ? ServiceAnswers.DynamoDbWrite(request)
            : throw ServiceAnswers.ConditionalCheckFailed(request);
    }

    private static JsonValue ReleaseSeat(FakeWorld world, TaskInvocation call)
    {
        var p = call.Parameters;
        var eventId = FakeJson.Text(p, DynamoDbValidation, "Key", "eventId", "S");
        var seatId = FakeJson.Text(p, DynamoDbValidation, "Key", "seatId", "S");
        var orderId = FakeJson.Text(p, DynamoDbValidation, "ExpressionAttributeValues", ":orderId", "S");
        var request = $"{call.Execution.Name}|{call.StateName}|{orderId}";
        return world.Seats.TryRelease(eventId, seatId, orderId, call.Clock.GetUtcNow())
            ? ServiceAnswers.DynamoDbWrite(request)
            : throw ServiceAnswers.ConditionalCheckFailed(request);
    }

    private static JsonValue ProcessPayment(FakeWorld world, TaskInvocation call)
    {
        var p = call.Parameters;
        var key = FakeJson.Text(p, StripeBadRequest, "Headers", "Idempotency-Key");
        var orderId = FakeJson.Text(p, StripeBadRequest, "RequestBody", "metadata", "orderId");
        var amount = FakeJson.Number(p, StripeBadRequest, "RequestBody", "amount");
        var currency = FakeJson.Text(p, StripeBadRequest, "RequestBody", "currency");
        var method = FakeJson.Text(p, StripeBadRequest, "RequestBody", "payment_method");
        var answer = world.Payments.Charge(key, orderId, method, amount, currency, call.Clock.GetUtcNow());
        if (answer.Declined)
        {
            throw ServiceAnswers.HttpError(402, "Payment Required", ServiceAnswers.StripeError("card_error", answer.DeclineCode!, "Your card was declined."), key);
        }

        var charge = answer.Charge!;
        var body = JsonObject.Of(
            ("id", charge.PaymentId),
            ("object", "payment_intent"),
            ("amount", FakeJson.ToJson(charge.Amount)),
            ("currency", charge.Currency),
            ("status", "succeeded"),
            ("metadata", JsonObject.Of(("orderId", charge.OrderId))));
        return ServiceAnswers.Http(200, "OK", body, key, answer.Replayed);
    }

    private static JsonValue RefundPayment(FakeWorld world, TaskInvocation call)
    {
        var p = call.Parameters;
        var key = FakeJson.Text(p, StripeBadRequest, "Headers", "Idempotency-Key");
        var paymentId = FakeJson.Text(p, StripeBadRequest, "RequestBody", "payment_intent");
        var answer = world.Payments.Refund(key, paymentId, call.Clock.GetUtcNow());
        if (answer.Declined)
        {
            var message = answer.DeclineCode == "resource_missing" ? $"No such payment_intent: '{paymentId}'" : $"Charge for {paymentId} has already been refunded.";
            throw ServiceAnswers.HttpError(400, "Bad Request", ServiceAnswers.StripeError("invalid_request_error", answer.DeclineCode!, message), key);
        }

        var refund = answer.Refund!;
        var body = JsonObject.Of(
            ("id", refund.RefundId),
            ("object", "refund"),
            ("amount", FakeJson.ToJson(refund.Amount)),
            ("payment_intent", refund.PaymentId),
            ("status", "succeeded"));
        return ServiceAnswers.Http(200, "OK", body, key, answer.Replayed);
    }

    private static JsonValue GenerateTicket(FakeWorld world, TaskInvocation call)
    {
        var p = call.Parameters;
        var key = FakeJson.Text(p, "S3.S3Exception", "Key");
        var body = FakeJson.Text(p, "S3.S3Exception", "Body");
        var orderId = FakeJson.OptionalText(p, "Metadata", "order-id") ?? throw new StatesException("S3.S3Exception", "The ticket has no order-id metadata.");
        var now = call.Clock.GetUtcNow();
        var ticket = world.Tickets.Put(key, orderId, body, now);
        world.Seats.Sell(orderId, now);
        return JsonObject.Of(("ETag", ticket.ETag), ("ServerSideEncryption", "AES256"));
    }

    private static JsonValue SendConfirmation(FakeWorld world, TaskInvocation call)
    {
        var p = call.Parameters;
        var topic = FakeJson.Text(p, "SNS.InvalidParameterException", "TopicArn");
        var message = world.Outbox.Publish(topic, FakeJson.OptionalText(p, "Subject"), ServiceAnswers.MessageText(FakeJson.At(p, "Message")), call.Clock.GetUtcNow());
        return ServiceAnswers.SnsPublish(message.MessageId);
    }
}
