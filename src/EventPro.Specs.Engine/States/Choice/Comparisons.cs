using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Time;

namespace EventPro.Specs.Engine.States.Choice;

/// <summary>The semantics of each Choice operator on two JSON values.</summary>
internal static class Comparisons
{
    public static bool Compare(ComparisonOperator op, JsonValue value, JsonValue operand)
    {
        switch (op)
        {
            case ComparisonOperator.IsNull:
                return (value is JsonNull) == IsTrue(operand);
            case ComparisonOperator.IsNumeric:
                return (value is JsonNumber) == IsTrue(operand);
            case ComparisonOperator.IsString:
                return (value is JsonString) == IsTrue(operand);
            case ComparisonOperator.IsBoolean:
                return (value is JsonBoolean) == IsTrue(operand);
            case ComparisonOperator.IsTimestamp:
                return (value is JsonString ts && Timestamps.TryParse(ts.Value, out _)) == IsTrue(operand);
            case ComparisonOperator.BooleanEquals:
                return value is JsonBoolean b && operand is JsonBoolean ob && b.Value == ob.Value;
            case ComparisonOperator.StringMatches:
                return value is JsonString s && operand is JsonString pattern && WildcardPattern.Matches(pattern.Value, s.Value);
        }

        if (op <= ComparisonOperator.StringGreaterThanEquals)
        {
            return value is JsonString s && operand is JsonString o && Holds(op - ComparisonOperator.StringEquals, string.CompareOrdinal(s.Value, o.Value));
        }

        if (op <= ComparisonOperator.NumericGreaterThanEquals)
        {
            return value is JsonNumber n && operand is JsonNumber o && Holds(op - ComparisonOperator.NumericEquals, n.Value.CompareTo(o.Value));
        }

        return value is JsonString t && operand is JsonString ot
            && Timestamps.TryParse(t.Value, out var left) && Timestamps.TryParse(ot.Value, out var right)
            && Holds(op - ComparisonOperator.TimestampEquals, left.CompareTo(right));
    }

    private static bool IsTrue(JsonValue operand) => operand is JsonBoolean { Value: true };

    /// <summary>Applies the relation at <paramref name="relation"/> (Equals, LessThan, GreaterThan, LessThanEquals, GreaterThanEquals) to a comparison result.</summary>
    private static bool Holds(int relation, int comparison) => relation switch
    {
        0 => comparison == 0,
        1 => comparison < 0,
        2 => comparison > 0,
        3 => comparison <= 0,
        _ => comparison >= 0,
    };
}
