using System.Globalization;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Paths.Steps;

/// <summary>
/// The parameterless functions of Jayway JsonPath that may end a path: length(), min(), max(),
/// avg(), sum(), stddev(), keys(), first(), last().
/// </summary>
internal static class PathFunctions
{
    /// <summary>Looks up a function by name.</summary>
    public static bool TryGet(string name, out Func<JsonValue, JsonValue?> function)
    {
        Func<JsonValue, JsonValue?>? found = name switch
        {
            "length" => Length,
            "min" => v => Aggregate(v, xs => xs.Min()),
            "max" => v => Aggregate(v, xs => xs.Max()),
            "avg" => v => Aggregate(v, xs => xs.Average()),
            "sum" => v => Aggregate(v, xs => xs.Sum()),
            "stddev" => v => Aggregate(v, StandardDeviation),
            "keys" => Keys,
            "first" => v => v is JsonArray { Count: > 0 } a ? a[0] : null,
            "last" => v => v is JsonArray { Count: > 0 } a ? a[^1] : null,
            _ => null,
        };
        function = found!;
        return found is not null;
    }

    private static JsonValue? Length(JsonValue value) => value switch
    {
        JsonArray a => JsonNumber.From(a.Count),
        JsonObject o => JsonNumber.From(o.Count),
        JsonString s => JsonNumber.From(s.Value.Length),
        _ => null,
    };

    private static JsonValue? Keys(JsonValue value) =>
        value is JsonObject o ? JsonArray.From(o.Keys.Select(k => (JsonValue)new JsonString(k))) : null;

    private static JsonValue? Aggregate(JsonValue value, Func<List<double>, double> aggregate)
    {
        // Jayway aggregates the numbers of an array and ignores its other items; with no numbers it fails.
        if (value is not JsonArray a)
        {
            return null;
        }

        var numbers = new List<double>(a.Count);
        foreach (var item in a.AsSpan())
        {
            if (item is JsonNumber n)
            {
                numbers.Add(n.Value);
            }
        }

        return numbers.Count == 0 ? null : JavaDouble(aggregate(numbers));
    }

    private static double StandardDeviation(List<double> xs)
    {
        var mean = xs.Average();
        return Math.Sqrt(xs.Sum(x => (x - mean) * (x - mean)) / xs.Count);
    }

    /// <summary>
    /// Jayway's aggregations return a java.lang.Double, which the service writes as Java does:
    /// an integral value keeps a ".0" (6.0, not 6).
    /// </summary>
    private static JsonNumber JavaDouble(double value)
    {
        if (Math.Floor(value) == value && Math.Abs(value) < 1e7)
        {
            return JsonNumber.FromLiteral(((long)value).ToString(CultureInfo.InvariantCulture) + ".0")!;
        }

        return JsonNumber.From(value);
    }
}
