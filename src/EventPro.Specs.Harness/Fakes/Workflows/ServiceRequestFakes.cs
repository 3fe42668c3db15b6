using System.Globalization;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Harness.Fakes.Workflows;

/// <summary>
/// HourBank's services over the payment ledger (hours, each requester starting with
/// <see cref="StartingHours"/>) and the ServiceRequests table: EscrowBankHours and
/// RefundEscrowedHours idempotent by <c>{requestId}-escrow</c> and <c>{requestId}-refund</c>; the
/// provider's answer (ACCEPTED, REJECTED or still PENDING) is what the table holds when
/// GetProviderResponse reads it, derived from the request id so every execution of a request sees
/// the same provider.
/// </summary>
public sealed class ServiceRequestFakes : WorkflowFakes
{
    /// <summary>The hours every requester has before the request.</summary>
    public const decimal StartingHours = 20m;

    private const string Table = "ServiceRequests";

    private static readonly DomainInvariant[] Rules =
    [
        new("escrowed hours are refunded unless the service started", (world, result) =>
        {
            foreach (var charge in world.Payments.Charges)
            {
                var status = world.Records.Attribute(Table, charge.OrderId, "status");
                if (status != "IN_PROGRESS" && world.Payments.UnrefundedCharges(charge.OrderId).Any())
                {
                    return $"{charge.Amount.ToString(CultureInfo.InvariantCulture)} hours of {charge.OrderId} are still escrowed (request status {status ?? "none"}, execution {result.StatusName})";
                }
            }

            return null;
        }),
        new("no hours were refunded twice", (world, _) => world.Payments.Refunds.GroupBy(r => r.OrderId).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key} was refunded {g.Count()} times").FirstOrDefault()),
        new("a started service has its hours escrowed", (world, _) => world.Payments.Charges.Count == 0 && world.Records.Writes.Any(w => world.Records.Attribute(Table, w.Key, "status") == "IN_PROGRESS")
            ? "a service started without escrowed hours"
            : null),
    ];

    /// <inheritdoc />
    public override string Name => "service-request";

    /// <inheritdoc />
    public override IReadOnlyList<DomainInvariant> Invariants => Rules;

    /// <summary>The provider's answer to a request: mostly accepted, sometimes rejected, sometimes none in time.</summary>
    public static string ProviderAnswer(string requestId) => FakeIds.Bucket("provider|" + requestId, 10) switch
    {
        < 6 => "ACCEPTED",
        < 8 => "REJECTED",
        _ => "PENDING",
    };

    /// <inheritdoc />
    protected override void Register(InProcessTaskBackend backend, FakeWorld world)
    {
        backend
            .ForState("ValidateRequest", call => ValidateRequest(call))
            .ForState("EscrowHours", call => EscrowHours(world, call))
            .ForState("NotifyProvider", call => NotifyProvider(world, call))
            .ForState("GetProviderResponse", call => GetProviderResponse(world, call))
            .ForState("StartService", call => Update(world, call, "IN_PROGRESS", condition: null))
            .ForState("TimeoutRequest", call => Update(world, call, "TIMED_OUT", condition: "PENDING"))
            .ForState("CancelRequest", call => Update(world, call, "CANCELLED", condition: null))
            .ForState("RejectRequest", call => Update(world, call, "REJECTED", condition: null))
            .ForState("RefundEscrow", call => RefundEscrow(world, call));
    }

    private static string Request(TaskInvocation call) => $"{call.Execution.Name}|{call.StateName}|{call.RetryCount}";

    private static JsonValue ValidateRequest(TaskInvocation call)
    {
        var request = FakeJson.At(call.Parameters, "Payload");
        var requester = FakeJson.OptionalText(request, "requesterId");
        var provider = FakeJson.OptionalText(request, "providerId");
        if (requester is null || provider is null || requester == provider)
        {
            throw ServiceAnswers.LambdaError("ValidationError", "A request needs a requester and a different provider.");
        }

        if (FakeJson.At(request, "hours") is not JsonNumber { IsIntegral: true, Value: >= 1 and <= 40 })
        {
            throw ServiceAnswers.LambdaError("ValidationError", "hours must be a whole number from 1 to 40.");
        }

        return ServiceAnswers.Lambda(JsonObject.Of(("valid", true)), Request(call));
    }

    private static JsonValue EscrowHours(FakeWorld world, TaskInvocation call)
    {
        var payload = FakeJson.At(call.Parameters, "Payload") ?? JsonObject.Empty;
        var requestId = FakeJson.Text(payload, "ValidationError", "requestId");
        var requester = FakeJson.Text(payload, "ValidationError", "requesterId");
        var key = FakeJson.Text(payload, "ValidationError", "idempotencyKey");
        var hours = FakeJson.Number(payload, "ValidationError", "hours");
        if (world.Payments.BalanceOf(requester) is null)
        {
            world.Payments.SetBalance(requester, StartingHours);
        }

        var answer = world.Payments.Charge(key, requestId, requester, hours, "hours", call.Clock.GetUtcNow());
        if (answer.Declined)
        {
            throw ServiceAnswers.LambdaError("InsufficientHoursError", $"{requester} has {world.Payments.BalanceOf(requester)?.ToString(CultureInfo.InvariantCulture)} hours, {hours.ToString(CultureInfo.InvariantCulture)} asked.");
        }

        world.Records.Set(Table, requestId, "status", "ACTIVE");
        return ServiceAnswers.Lambda(JsonObject.Of(("escrowId", answer.Charge!.PaymentId)), Request(call));
    }

    private static JsonValue NotifyProvider(FakeWorld world, TaskInvocation call)
    {
        var payload = FakeJson.At(call.Parameters, "Payload") ?? JsonObject.Empty;
        var provider = FakeJson.Text(payload, "ProviderUnreachableError", "providerId");
        world.Outbox.Publish("provider:" + provider, "New service request", payload.ToJson(), call.Clock.GetUtcNow());
        return ServiceAnswers.Lambda(JsonObject.Of(("notified", true)), Request(call));
    }

    private static JsonValue GetProviderResponse(FakeWorld world, TaskInvocation call)
    {
        var requestId = FakeJson.Text(call.Parameters, "DynamoDB.AmazonDynamoDBException", "Key", "requestId", "S");
        if (world.Records.Attribute(Table, requestId, "providerResponse") is not { } response)
        {
            response = ProviderAnswer(requestId);
            world.Records.Set(Table, requestId, "providerResponse", response);
        }

        return JsonObject.Of(("Item", JsonObject.Of(("providerResponse", JsonObject.Of(("S", response)))))).With("SdkResponseMetadata", JsonObject.Of(("RequestId", FakeIds.Uuid(Request(call)))));
    }

    private static JsonValue Update(FakeWorld world, TaskInvocation call, string status, string? condition)
    {
        var requestId = FakeJson.Text(call.Parameters, "DynamoDB.AmazonDynamoDBException", "Key", "requestId", "S");
        var current = world.Records.Attribute(Table, requestId, "providerResponse") ?? ProviderAnswer(requestId);
        if (condition is not null && current != condition)
        {
            throw ServiceAnswers.ConditionalCheckFailed(Request(call));
        }

        world.Records.Set(Table, requestId, "status", status);
        if (condition is not null)
        {
            world.Records.Set(Table, requestId, "providerResponse", status);
        }

        return ServiceAnswers.DynamoDbWrite(Request(call));
    }

    private static JsonValue RefundEscrow(FakeWorld world, TaskInvocation call)
    {
        var payload = FakeJson.At(call.Parameters, "Payload") ?? JsonObject.Empty;
        var key = FakeJson.Text(payload, "RefundError", "idempotencyKey");
        var escrowId = FakeJson.Text(payload, "RefundError", "escrowId");
        var answer = world.Payments.Refund(key, escrowId, call.Clock.GetUtcNow());
        if (answer.Declined)
        {
            throw ServiceAnswers.LambdaError("RefundError", answer.DeclineCode == "resource_missing" ? $"No escrow {escrowId}." : $"The escrow {escrowId} was already refunded.");
        }

        return ServiceAnswers.Lambda(JsonObject.Of(("refundedHours", FakeJson.ToJson(answer.Refund!.Amount))), Request(call));
    }
}
