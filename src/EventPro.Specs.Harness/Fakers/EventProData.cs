using System.Globalization;
using Bogus;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Harness.Fakers;

/// <summary>
/// EventPro's domain data from a seeded Bogus <see cref="Faker"/>: customers, cards (Stripe's test
/// payment methods, a few of which decline), seats and order lines. Nothing reads the clock, so the
/// same seed gives the same data on every machine.
/// </summary>
public static class EventProData
{
    /// <summary>Stripe test payment methods that are charged.</summary>
    public static readonly string[] GoodCards = ["pm_card_visa", "pm_card_mastercard", "pm_card_amex", "pm_card_visa_debit"];

    /// <summary>Stripe test payment methods that are declined (see the payment ledger's decline codes).</summary>
    public static readonly string[] DecliningCards = ["pm_card_chargeDeclined", "pm_card_visa_chargeDeclinedInsufficientFunds", "pm_card_chargeDeclinedExpiredCard"];

    private static readonly string[] Events = ["evt-summer-gala", "evt-jazz-night", "evt-opera-premiere", "evt-rock-arena", "evt-comedy-club"];
    private static readonly string[] Currencies = ["gbp", "eur", "usd"];

    // Creating a Faker costs milliseconds (it builds every data set); reseeding one costs nothing and
    // gives the same data as a new Faker with that seed. One per thread, as campaigns run in parallel.
    [ThreadStatic]
    private static Faker? perThread;

    /// <summary>
    /// A faker whose randomness comes from <paramref name="seed"/> only: this thread's faker, reseeded.
    /// Use it before asking for another seed on the same thread.
    /// </summary>
    public static Faker Seeded(int seed)
    {
        var faker = perThread ??= new Faker("en");
        faker.Random = new Randomizer(seed);
        return faker;
    }

    /// <summary>A customer: name, e-mail and phone.</summary>
    public static (string Name, string Email, string Phone) Customer(Faker f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var first = f.Name.FirstName();
        var last = f.Name.LastName();
        var email = $"{Slug(first)}.{Slug(last)}{f.Random.Int(1, 99).ToString(CultureInfo.InvariantCulture)}@example.com";
        return ($"{first} {last}", email, "+1555" + f.Random.Int(1_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A card: a Stripe test payment method, declined with probability <paramref name="declineRate"/>.</summary>
    public static string Card(Faker f, double declineRate = 0.08)
    {
        ArgumentNullException.ThrowIfNull(f);
        return f.Random.Bool((float)declineRate) ? f.Random.ArrayElement(DecliningCards) : f.Random.ArrayElement(GoodCards);
    }

    /// <summary>A premium seat of one of EventPro's events: event id and seat id (row letter, seat number).</summary>
    public static (string EventId, string SeatId) Seat(Faker f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var row = (char)('A' + f.Random.Int(0, 11));
        return (f.Random.ArrayElement(Events), $"{row}-{f.Random.Int(1, 40).ToString(CultureInfo.InvariantCulture)}");
    }

    /// <summary>A currency code.</summary>
    public static string Currency(Faker f) => f.Random.ArrayElement(Currencies);

    /// <summary>1 to 3 order lines; with probability <paramref name="shortRate"/> one asks more than the stock holds.</summary>
    public static JsonArray Lines(Faker f, int stock, double shortRate)
    {
        ArgumentNullException.ThrowIfNull(f);
        var count = f.Random.Int(1, 3);
        var lines = new List<JsonValue>(count);
        var products = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var product = f.Random.Int(100, 999).ToString(CultureInfo.InvariantCulture);
            if (products.Add(product))
            {
                lines.Add(JsonObject.Of(("productId", product), ("quantity", f.Random.Int(1, 3))));
            }
        }

        if (f.Random.Bool((float)shortRate))
        {
            lines[0] = ((JsonObject)lines[0]).With("quantity", stock + f.Random.Int(1, 5));
        }

        return JsonArray.From(lines);
    }

    private static string Slug(string name) => new string(name.Where(char.IsLetter).ToArray()).ToLowerInvariant();
}
