using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.Chaos.Strategies;

namespace EventPro.Specs.Harness.Chaos;

/// <summary>
/// A faults file for the command line (<c>eventpro-specs chaos def.asl.json --faults F.json</c>):
/// <code>
/// {
///   "faults": [
///     { "state": "ProcessPayment", "fault": "fails with \"States.Http.StatusCode.429\"", "rate": 0.2, "attempts": "1" },
///     { "state": "*", "fault": "is throttled 2 times", "rate": "10%" }
///   ],
///   "invariants": ["the execution ends within its time limit", "every completed \"ReserveSeat\" was compensated by \"ReleaseSeat\""],
///   "compensations": ["ReleaseSeat", "RefundPayment"]
/// }
/// </code>
/// The fault, state, rate and attempt words are those of a campaign's Gherkin table (<see cref="FaultSpec"/>).
/// </summary>
/// <param name="Strategies">The fault strategies.</param>
/// <param name="Invariants">The invariant phrases, if the file lists them.</param>
/// <param name="Compensations">The compensating states, if the file lists them.</param>
public sealed record ChaosFile(IReadOnlyList<ChaosStrategy> Strategies, IReadOnlyList<string>? Invariants, IReadOnlySet<string>? Compensations)
{
    /// <summary>Reads a faults file's text; throws <see cref="FormatException"/> naming the entry that is wrong.</summary>
    public static ChaosFile Parse(string json)
    {
        if (JsonValue.Parse(json) is not JsonObject root || root.GetOrNull("faults") is not JsonArray faults)
        {
            throw new FormatException("A faults file is an object with a \"faults\" list.");
        }

        var strategies = new List<ChaosStrategy>();
        for (var i = 0; i < faults.Count; i++)
        {
            if (faults[i] is not JsonObject entry || entry.GetOrNull("fault") is not JsonString fault)
            {
                throw new FormatException($"faults[{i}] needs a \"fault\", e.g. \"fails with \\\"States.TaskFailed\\\"\".");
            }

            try
            {
                strategies.Add(FaultSpec.Parse(Text(entry.GetOrNull("state")) ?? "*", fault.Value, Text(entry.GetOrNull("rate")) ?? "1", Text(entry.GetOrNull("attempts"))));
            }
            catch (FormatException e)
            {
                throw new FormatException($"faults[{i}]: {e.Message}", e);
            }
        }

        return new ChaosFile(strategies, Strings(root.GetOrNull("invariants")), Strings(root.GetOrNull("compensations"))?.ToHashSet(StringComparer.Ordinal));
    }

    private static string? Text(JsonValue? value) => value switch
    {
        JsonString s => s.Value,
        JsonNumber n => n.Format(),
        _ => null,
    };

    private static List<string>? Strings(JsonValue? value) => value is JsonArray items ? items.OfType<JsonString>().Select(s => s.Value).ToList() : null;
}
