using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata.Evaluation;
using static EventPro.Specs.Engine.Jsonata.Functions.FunctionLibrary;

namespace EventPro.Specs.Engine.Jsonata.Functions;

/// <summary>Aggregation functions over arrays of numbers: $sum, $count, $max, $min, $average.</summary>
internal static class AggregationFunctions
{
    /// <summary>The functions of this family.</summary>
    public static IEnumerable<NativeFunction> All() =>
    [
        new("sum", "<a<n>:n>", (_, a) => Values.TryGetList(Arg(a, 0), out var items) ? Values.Number(Sum(items)) : null),
        new("count", "<a:n>", (_, a) => JsonNumber.From(Values.TryGetList(Arg(a, 0), out var items) ? items.Count : 0)),
        new("max", "<a<n>:n>", (_, a) => Extreme(Arg(a, 0), max: true)),
        new("min", "<a<n>:n>", (_, a) => Extreme(Arg(a, 0), max: false)),
        new("average", "<a<n>:n>", (_, a) => Values.TryGetList(Arg(a, 0), out var items) && items.Count > 0 ? Values.Number(Sum(items) / items.Count) : null),
    ];

    private static double Sum(IReadOnlyList<object?> items)
    {
        var total = 0.0;
        for (var i = 0; i < items.Count; i++)
        {
            total += ((JsonNumber)items[i]!).Value;
        }

        return total;
    }

    private static JsonNumber? Extreme(object? value, bool max)
    {
        if (!Values.TryGetList(value, out var items) || items.Count == 0)
        {
            return null;
        }

        var result = ((JsonNumber)items[0]!).Value;
        for (var i = 1; i < items.Count; i++)
        {
            var n = ((JsonNumber)items[i]!).Value;
            result = max ? Math.Max(result, n) : Math.Min(result, n);
        }

        return Values.Number(result);
    }
}
