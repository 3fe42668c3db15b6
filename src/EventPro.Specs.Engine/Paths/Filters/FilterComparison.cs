using System.Globalization;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Paths.Filters;

/// <summary>
/// Evaluates Jayway's relational operators. A path that selects nothing is "undefined": it is
/// equal to nothing, so <c>!=</c> and <c>nin</c> hold for it. <c>==</c> compares a number with a
/// numeric string by value, as Jayway's NumberNode/StringNode equality does.
/// </summary>
internal static class FilterComparison
{
    public static bool Evaluate(FilterOperator op, JsonValue? left, JsonValue? right) => op switch
    {
        FilterOperator.Equal => LooseEquals(left, right),
        FilterOperator.NotEqual => !LooseEquals(left, right),
        FilterOperator.StrictEqual => left is not null && right is not null && left.Kind == right.Kind && left.Equals(right),
        FilterOperator.StrictNotEqual => !(left is not null && right is not null && left.Kind == right.Kind && left.Equals(right)),
        FilterOperator.LessThan => Compare(left, right) is < 0,
        FilterOperator.LessThanOrEqual => Compare(left, right) is <= 0,
        FilterOperator.GreaterThan => Compare(left, right) is > 0,
        FilterOperator.GreaterThanOrEqual => Compare(left, right) is >= 0,
        FilterOperator.In => right is JsonArray items && ContainsLoosely(items, left),
        FilterOperator.NotIn => !(right is JsonArray items && ContainsLoosely(items, left)),
        FilterOperator.Contains => Contains(left, right),
        FilterOperator.SubsetOf => left is JsonArray l && right is JsonArray r && l.All(x => ContainsLoosely(r, x)),
        FilterOperator.AnyOf => left is JsonArray l && right is JsonArray r && l.Any(x => ContainsLoosely(r, x)),
        FilterOperator.NoneOf => left is JsonArray l && right is JsonArray r && !l.Any(x => ContainsLoosely(r, x)),
        FilterOperator.Size => right is JsonNumber n && Length(left) is { } length && length == n.Value,
        FilterOperator.Empty => right is JsonBoolean b && Length(left) is { } size && (size == 0) == b.Value,
        _ => false,
    };

    private static bool LooseEquals(JsonValue? left, JsonValue? right)
    {
        if (left is null || right is null)
        {
            return false;
        }

        return (left, right) switch
        {
            (JsonNumber n, JsonString s) => NumericText(s.Value) is { } d && d == n.Value,
            (JsonString s, JsonNumber n) => NumericText(s.Value) is { } d && d == n.Value,
            _ => left.Equals(right),
        };
    }

    private static bool ContainsLoosely(JsonArray items, JsonValue? value)
    {
        foreach (var item in items.AsSpan())
        {
            if (LooseEquals(value, item))
            {
                return true;
            }
        }

        return false;
    }

    private static int? Compare(JsonValue? left, JsonValue? right) => (left, right) switch
    {
        (JsonNumber l, JsonNumber r) => l.Value.CompareTo(r.Value),
        (JsonString l, JsonString r) => string.CompareOrdinal(l.Value, r.Value),
        _ => null,
    };

    private static bool Contains(JsonValue? left, JsonValue? right) => (left, right) switch
    {
        (JsonString l, JsonString r) => l.Value.Contains(r.Value, StringComparison.Ordinal),
        (JsonArray l, not null) => ContainsLoosely(l, right),
        _ => false,
    };

    private static int? Length(JsonValue? value) => value switch
    {
        JsonArray a => a.Count,
        JsonString s => s.Value.Length,
        _ => null,
    };

    private static double? NumericText(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
}
