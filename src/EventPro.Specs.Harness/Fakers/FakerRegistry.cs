using System.Globalization;
using Bogus;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.Fakes;
using EventPro.Specs.Harness.Fakes.Workflows;

namespace EventPro.Specs.Harness.Fakers;

/// <summary>
/// The input fakers of the example workflows, by name: <c>checkout</c> (EventPro premium orders),
/// <c>order</c> (order saga), <c>order-processing</c>, <c>service-request</c> (HourBank),
/// <c>daily-analysis</c> (a date) and <c>upload</c> (an S3 Object Created event). Each mixes in the
/// cases the workflow must handle: declining cards, orders beyond the stock, requests beyond the
/// requester's hours, malformed uploads.
/// </summary>
public static class FakerRegistry
{
    private static readonly InputFaker[] All =
    [
        new("checkout", "an EventPro premium order: order, event and seat, amount in minor units, currency, a Stripe test card (8% decline), e-mail", Checkout),
        new("order", "an order-saga order: order id, customer, 1-3 lines (5% beyond the stock), amount, a Stripe test card (8% decline), contact", Order),
        new("order-processing", "an order-processing order: order id, customer, amount (5% above the card limit; 3% invalid)", OrderProcessing),
        new("service-request", "an HourBank service request: requester, provider, service, 1-8 hours (5% beyond the balance), response window", ServiceRequest),
        new("daily-analysis", "a date in 2025 for the daily analysis", DailyAnalysis),
        new("upload", "an S3 Object Created event of an uploaded JSON file (5% malformed)", Upload),
    ];

    /// <summary>The fakers there are.</summary>
    public static IReadOnlyList<InputFaker> Fakers => All;

    /// <summary>The faker named <paramref name="name"/>; throws naming the ones there are.</summary>
    public static InputFaker Get(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal))
        ?? throw new ArgumentException($"There is no faker named '{name}'. There are: {string.Join(", ", All.Select(f => f.Name))}.", nameof(name));

    /// <summary>The input the faker named <paramref name="name"/> makes for <paramref name="seed"/>.</summary>
    public static JsonValue Generate(string name, int seed) => Get(name).For(seed);

    private static string Digits(Faker f, int count) => f.Random.ReplaceNumbers(new string('#', count));

    private static JsonValue Checkout(Faker f)
    {
        var (eventId, seatId) = EventProData.Seat(f);
        var customer = EventProData.Customer(f);
        return JsonObject.Of(
            ("orderId", "ord-" + Digits(f, 6)),
            ("eventId", eventId),
            ("seatId", seatId),
            ("amount", f.Random.Int(25, 450) * 100),
            ("currency", EventProData.Currency(f)),
            ("paymentToken", EventProData.Card(f)),
            ("email", customer.Email));
    }

    private static JsonValue Order(Faker f)
    {
        var customer = EventProData.Customer(f);
        return JsonObject.Of(
            ("orderId", $"ORDER#{Digits(f, 10)}-{f.Random.AlphaNumeric(6)}"),
            ("customerId", "CUST-" + Digits(f, 4)),
            ("items", EventProData.Lines(f, new StockInventory().InitialStock, 0.05)),
            ("amount", Math.Round((double)f.Random.Decimal(5m, 900m), 2)),
            ("currency", EventProData.Currency(f)),
            ("paymentMethodId", EventProData.Card(f)),
            ("contact", JsonObject.Of(("email", customer.Email), ("phone", customer.Phone))));
    }

    private static JsonValue OrderProcessing(Faker f)
    {
        var amount = f.Random.Bool(0.05f) ? f.Random.Int(5001, 9000) : Math.Round((double)f.Random.Decimal(1m, 900m), 2);
        var order = JsonObject.Of(("orderId", "ORDER-" + Digits(f, 4)), ("customerId", "CUST-" + Digits(f, 3)), ("amount", amount));
        return f.Random.Bool(0.03f) ? order.Without("customerId") : order;
    }

    private static JsonValue ServiceRequest(Faker f)
    {
        var requester = "USR-" + f.Name.FirstName().ToUpperInvariant();
        var provider = "USR-" + f.Name.FirstName().ToUpperInvariant() + "-" + Digits(f, 2);
        return JsonObject.Of(
            ("requestId", "REQ-" + Digits(f, 5)),
            ("requesterId", requester),
            ("providerId", provider),
            ("serviceId", f.Random.ArrayElement(["SVC-GARDENING", "SVC-TUTORING", "SVC-REPAIRS", "SVC-CHILDCARE", "SVC-COOKING"])),
            ("hours", f.Random.Bool(0.05f) ? (int)ServiceRequestFakes.StartingHours + f.Random.Int(1, 10) : f.Random.Int(1, 8)),
            ("providerResponseTimeoutSeconds", f.Random.ArrayElement([3600, 21600, 86400])));
    }

    private static JsonValue DailyAnalysis(Faker f) =>
        JsonObject.Of(("date", new DateOnly(2025, 1, 1).AddDays(f.Random.Int(0, 364)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

    private static JsonValue Upload(Faker f)
    {
        var day = new DateOnly(2025, 1, 1).AddDays(f.Random.Int(0, 364)).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var time = $"{f.Random.Int(0, 23):00}{f.Random.Int(0, 59):00}{f.Random.Int(0, 59):00}";
        var name = f.Random.Bool(0.05f) ? $"{day}_{time}_data.corrupt.json" : $"{day}_{time}_data.json";
        return JsonObject.Of(
            ("version", "0"),
            ("source", "aws.s3"),
            ("detail-type", "Object Created"),
            ("detail", JsonObject.Of(
                ("bucket", JsonObject.Of(("name", "retail-uploads-prod"))),
                ("object", JsonObject.Of(("key", "uploads/" + name), ("size", f.Random.Int(200, 500_000)))))));
    }
}
