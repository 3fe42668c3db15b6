using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata.Functions;
using EventPro.Specs.Engine.Jsonata.Parsing;

namespace EventPro.Specs.Engine.Jsonata.Evaluation;

/// <summary>Unary and binary operators.</summary>
internal sealed partial class Evaluator
{
    /// <summary>The largest sequence the range operator may allocate (reference: 1e7).</summary>
    private const int MaxRangeSize = 10_000_000;

    private object? EvaluateUnary(Node expr, object? input, Frame frame)
    {
        switch (expr.Value)
        {
            case "-":
                var operand = Evaluate(expr.Expression!, input, frame);
                return operand switch
                {
                    null => null,
                    JsonNumber number => Values.Number(-number.Value),
                    NonFiniteNumber { IsNaN: false } infinite => throw JsonataErrors.WithValue("D1001", infinite, expr.Position, expr.Value),
                    _ => throw JsonataErrors.WithValue("D1002", operand, expr.Position, expr.Value),
                };
            case "[":
                return EvaluateArrayConstructor(expr, input, frame);
            default:
                return EvaluateGroup(new GroupSpec(expr.Pairs!, expr.Position), input, frame);
        }
    }

    private RuntimeArray EvaluateArrayConstructor(Node expr, object? input, Frame frame)
    {
        var result = new RuntimeArray(expr.Expressions!.Count);
        foreach (var item in expr.Expressions)
        {
            var value = Evaluate(item, input, frame);
            if (value is null)
            {
                continue;
            }

            if (item.Type == NodeType.Unary && item.Value == "[")
            {
                // A nested array constructor is an item; anything else is appended (flattened).
                result.Add(value);
            }
            else if (Values.TryGetList(value, out var items))
            {
                result.AddRange(items);
            }
            else
            {
                result.Add(value);
            }
        }

        result.IsConstructed = expr.ConsArray;
        CheckSequenceSize(result.Count);
        return result;
    }

    private object? EvaluateBinary(Node expr, object? input, Frame frame)
    {
        var lhs = Evaluate(expr.Lhs!, input, frame);
        var op = expr.Value;
        try
        {
            switch (op)
            {
                case "and":
                    return JsonBoolean.From(Values.IsTruthy(lhs) && Values.IsTruthy(Evaluate(expr.Rhs!, input, frame)));
                case "or":
                    return JsonBoolean.From(Values.IsTruthy(lhs) || Values.IsTruthy(Evaluate(expr.Rhs!, input, frame)));
            }

            var rhs = Evaluate(expr.Rhs!, input, frame);
            return op switch
            {
                "+" or "-" or "*" or "/" or "%" => EvaluateNumeric(lhs, rhs, op),
                "=" => JsonBoolean.From(lhs is not null && rhs is not null && Values.DeepEquals(lhs, rhs)),
                "!=" => JsonBoolean.From(lhs is not null && rhs is not null && !Values.DeepEquals(lhs, rhs)),
                "<" or "<=" or ">" or ">=" => EvaluateComparison(lhs, rhs, op),
                "&" => Concatenate(lhs, rhs),
                ".." => EvaluateRange(lhs, rhs),
                "in" => JsonBoolean.From(Includes(lhs, rhs)),
                _ => throw JsonataErrors.Create("S0201", expr.Position, op),
            };
        }
        catch (JsonataException e) when (Annotate(e, expr.Position, op))
        {
            throw;
        }
    }

    private static object? EvaluateNumeric(object? lhs, object? rhs, string op)
    {
        if (lhs is not null && !IsNumericOperand(lhs))
        {
            throw JsonataErrors.WithValue("T2001", lhs);
        }

        if (rhs is not null && !IsNumericOperand(rhs))
        {
            throw JsonataErrors.WithValue("T2002", rhs);
        }

        if (lhs is null || rhs is null)
        {
            return null;
        }

        var l = ((JsonNumber)lhs).Value;
        var r = ((JsonNumber)rhs).Value;
        var result = op switch
        {
            "+" => l + r,
            "-" => l - r,
            "*" => l * r,
            "/" => l / r,
            _ => l % r,
        };

        // JavaScript arithmetic overflows to Infinity (or NaN); the value is carried on.
        return double.IsFinite(result) ? JsonNumber.From(result == 0 ? 0.0 : result) : NonFiniteNumber.Of(result);
    }

    /// <summary>The reference's isNumeric: NaN is not a number, and an infinity is an error (D1001).</summary>
    private static bool IsNumericOperand(object value) => value switch
    {
        JsonNumber => true,
        NonFiniteNumber { IsNaN: true } => false,
        NonFiniteNumber infinite => throw JsonataErrors.WithValue("D1001", infinite),
        _ => false,
    };

    private static object? EvaluateComparison(object? lhs, object? rhs, string op)
    {
        var leftComparable = lhs is null or JsonString or JsonNumber or NonFiniteNumber;
        var rightComparable = rhs is null or JsonString or JsonNumber or NonFiniteNumber;
        if (!leftComparable || !rightComparable)
        {
            throw JsonataErrors.WithValue("T2010", !(lhs is JsonString or JsonNumber or NonFiniteNumber) ? lhs : rhs);
        }

        if (lhs is null || rhs is null)
        {
            return null;
        }

        var leftNumber = Values.NumberValue(lhs);
        var rightNumber = Values.NumberValue(rhs);
        if ((leftNumber is null) != (rightNumber is null))
        {
            throw JsonataErrors.WithValues("T2009", lhs, rhs);
        }

        if (leftNumber is { } l && rightNumber is { } r)
        {
            // IEEE comparisons: anything compared with NaN is false.
            return JsonBoolean.From(op switch
            {
                "<" => l < r,
                "<=" => l <= r,
                ">" => l > r,
                _ => l >= r,
            });
        }

        var comparison = string.CompareOrdinal(((JsonString)lhs).Value, ((JsonString)rhs).Value);
        return JsonBoolean.From(op switch
        {
            "<" => comparison < 0,
            "<=" => comparison <= 0,
            ">" => comparison > 0,
            _ => comparison >= 0,
        });
    }

    private JsonString Concatenate(object? lhs, object? rhs)
    {
        var left = StringFunctions.ToStringValue(lhs);
        var right = StringFunctions.ToStringValue(rhs);
        CheckStringSize((long)left.Length + right.Length);
        return new JsonString(left + right);
    }

    private object? EvaluateRange(object? lhs, object? rhs)
    {
        if (lhs is not null && !(lhs is JsonNumber l && l.IsIntegral))
        {
            throw JsonataErrors.WithValue("T2003", lhs);
        }

        if (rhs is not null && !(rhs is JsonNumber r && r.IsIntegral))
        {
            throw JsonataErrors.WithValue("T2004", rhs);
        }

        if (lhs is null || rhs is null)
        {
            return null;
        }

        var start = ((JsonNumber)lhs).Value;
        var end = ((JsonNumber)rhs).Value;
        if (start > end)
        {
            return null;
        }

        var size = end - start + 1;
        if (size > MaxRangeSize)
        {
            throw JsonataErrors.WithValue("D2014", Values.Number(size));
        }

        CheckSequenceSize((long)size);

        var result = RuntimeArray.Sequence((int)size);
        for (var i = 0; i < (int)size; i++)
        {
            result.Add(JsonNumber.From(start + i));
        }

        return result;
    }

    private static bool Includes(object? lhs, object? rhs)
    {
        if (lhs is null || rhs is null)
        {
            return false;
        }

        if (!Values.TryGetList(rhs, out var items))
        {
            return StrictEquals(lhs, rhs);
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (StrictEquals(lhs, items[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>JavaScript's <c>===</c>: scalars by value, arrays, objects and functions by identity.</summary>
    private static bool StrictEquals(object? left, object? right) => left switch
    {
        JsonString or JsonNumber or NonFiniteNumber or JsonBoolean or JsonNull => Values.DeepEquals(left, right),
        _ => ReferenceEquals(left, right),
    };
}
