using System.Globalization;

namespace EventPro.Specs.Engine.Json;

/// <summary>
/// A JSON number. The value is a double (as in JavaScript and JSONata); the literal text it was
/// parsed from is kept so that a number passed through a state machine is written back exactly as
/// it came in (AWS does not reformat <c>1.50</c> or very large integers that it only passes on).
/// </summary>
public sealed class JsonNumber : JsonValue
{
    private static readonly JsonNumber[] SmallIntegers = CreateSmallIntegers();

    private JsonNumber(double value, string? literal)
    {
        Value = value;
        Literal = literal;
    }

    /// <summary>The numeric value.</summary>
    public double Value { get; }

    /// <summary>The literal text this number was parsed from, or null when it was computed.</summary>
    public string? Literal { get; }

    /// <summary>Whether the value has no fractional part.</summary>
    public bool IsIntegral => Math.Floor(Value) == Value && !double.IsInfinity(Value);

    /// <summary>A number from a computed double; NaN and infinities are not JSON and are refused.</summary>
    public static JsonNumber From(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "JSON has no NaN or infinite numbers.");
        }

        if (value >= 0 && value < SmallIntegers.Length && Math.Floor(value) == value && !(value == 0 && double.IsNegative(value)))
        {
            return SmallIntegers[(int)value];
        }

        return new JsonNumber(value, null);
    }

    /// <summary>A number from an integer.</summary>
    public static JsonNumber From(long value) =>
        value >= 0 && value < SmallIntegers.Length ? SmallIntegers[value] : new JsonNumber(value, Math.Abs(value) > (1L << 53) ? value.ToString(CultureInfo.InvariantCulture) : null);

    /// <summary>A number parsed from JSON text; null when the literal is too large for a double.</summary>
    public static JsonNumber? FromLiteral(string literal)
    {
        var value = double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsInfinity(value) ? null : new JsonNumber(value, literal);
    }

    /// <summary>The value as a 64-bit integer when it is integral and in range.</summary>
    public bool TryGetInt64(out long value)
    {
        if (Literal is not null && long.TryParse(Literal, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        if (IsIntegral && Value >= long.MinValue && Value <= long.MaxValue)
        {
            value = (long)Value;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>The value as a 32-bit integer when it is integral and in range.</summary>
    public bool TryGetInt32(out int value)
    {
        if (TryGetInt64(out var l) && l >= int.MinValue && l <= int.MaxValue)
        {
            value = (int)l;
            return true;
        }

        value = 0;
        return false;
    }

    /// <inheritdoc />
    public override JsonKind Kind => JsonKind.Number;

    /// <inheritdoc />
    public override bool Equals(JsonValue? other) => other is JsonNumber n && n.Value.Equals(Value);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <summary>The shortest text for the value, formatted as JavaScript's Number.prototype.toString does.</summary>
    public string Format() => Literal ?? NumberFormatting.Format(Value);

    private static JsonNumber[] CreateSmallIntegers()
    {
        var numbers = new JsonNumber[256];
        for (var i = 0; i < numbers.Length; i++)
        {
            numbers[i] = new JsonNumber(i, null);
        }

        return numbers;
    }
}
