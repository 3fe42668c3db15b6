using System.Globalization;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Harness.Fakes.Workflows;

/// <summary>
/// The order-processing exercise's functions over the stock and the payment ledger: validate-order
/// (an order id, a customer and a positive amount), check-inventory (its <c>items</c>, when the order
/// lists them), process-payment (the function charges under the key <c>{orderId}-payment</c>, so its
/// retries do not charge twice; amounts above <see cref="CardLimit"/> are declined).
/// </summary>
public sealed class OrderProcessingFakes : WorkflowFakes
{
    /// <summary>The largest amount the simulated card accepts.</summary>
    public const decimal CardLimit = 5000m;

    private static readonly DomainInvariant[] Rules =
    [
        new("no card was charged for a failed order", (world, result) => result.Status == ExecutionStatus.Succeeded
            ? null
            : world.Payments.Charges.Select(c => $"{c.OrderId} was charged {c.Amount.ToString(CultureInfo.InvariantCulture)} but the execution ended {result.StatusName} ({result.Error})").FirstOrDefault()),
        new("no card was charged twice", (world, _) => world.Payments.Charges.GroupBy(c => c.OrderId).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key} was charged {g.Count()} times").FirstOrDefault()),
        new("a completed order was paid", (world, result) => result.Status == ExecutionStatus.Succeeded && world.Payments.Charges.Count == 0
            ? "the order completed without a charge"
            : null),
    ];

    /// <inheritdoc />
    public override string Name => "order-processing";

    /// <inheritdoc />
    public override IReadOnlyList<DomainInvariant> Invariants => Rules;

    /// <inheritdoc />
    protected override void Register(InProcessTaskBackend backend, FakeWorld world)
    {
        backend
            .ForState("ValidateOrder", call => ValidateOrder(call))
            .ForState("CheckInventory", call => CheckInventory(world, call))
            .ForState("ProcessPayment", call => ProcessPayment(world, call));
    }

    private static string Request(TaskInvocation call) => $"{call.Execution.Name}|{call.StateName}|{call.RetryCount}";

    private static JsonValue ValidateOrder(TaskInvocation call)
    {
        var order = FakeJson.At(call.Parameters, "Payload");
        var valid = FakeJson.OptionalText(order, "orderId") is { Length: > 0 }
                    && FakeJson.OptionalText(order, "customerId") is { Length: > 0 }
                    && FakeJson.At(order, "amount") is JsonNumber { Value: > 0 };
        return ServiceAnswers.Lambda(JsonObject.Of(("valid", valid)), Request(call));
    }

    private static JsonValue CheckInventory(FakeWorld world, TaskInvocation call)
    {
        var items = FakeJson.At(call.Parameters, "Payload", "items");
        var available = items is null || world.Stock.Shortage(OrderLines.Read(items, "InventoryError")) is null;
        return ServiceAnswers.Lambda(JsonObject.Of(("inventoryAvailable", available)), Request(call));
    }

    private static JsonValue ProcessPayment(FakeWorld world, TaskInvocation call)
    {
        var order = FakeJson.At(call.Parameters, "Payload") ?? JsonObject.Empty;
        var orderId = FakeJson.OptionalText(order, "orderId") ?? throw ServiceAnswers.LambdaError("PaymentError", "orderId is required");
        var amount = FakeJson.Number(order, "PaymentError", "amount");
        if (amount > CardLimit)
        {
            throw ServiceAnswers.LambdaError("PaymentError", $"The card was declined for {amount.ToString(CultureInfo.InvariantCulture)}: over its limit.");
        }

        var payer = FakeJson.OptionalText(order, "customerId") ?? "unknown";
        var answer = world.Payments.Charge(orderId + "-payment", orderId, payer, amount, "usd", call.Clock.GetUtcNow());
        var transactionId = "TXN-" + answer.Charge!.PaymentId[3..11].ToUpperInvariant();
        return ServiceAnswers.Lambda(JsonObject.Of(("transactionId", transactionId), ("status", "SUCCESS")), Request(call));
    }
}
