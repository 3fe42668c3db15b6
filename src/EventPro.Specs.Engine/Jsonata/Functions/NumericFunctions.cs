using System.Globalization;
using System.Text;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata.Evaluation;
using static EventPro.Specs.Engine.Jsonata.Functions.FunctionLibrary;

namespace EventPro.Specs.Engine.Jsonata.Functions;

/// <summary>Numeric functions: $number, $abs, $floor, $ceil, $round (half to even), $power, $sqrt, $random, $formatBase.</summary>
internal static class NumericFunctions
{
    /// <summary>The functions of this family.</summary>
    public static IEnumerable<NativeFunction> All() =>
    [
        new("number", "<(nsb)-:n>", (_, a) => ToNumber(Arg(a, 0))),
        new("abs", "<n-:n>", (_, a) => Arg(a, 0) is JsonNumber n ? Values.Number(Math.Abs(n.Value)) : null),
        new("floor", "<n-:n>", (_, a) => Arg(a, 0) is JsonNumber n ? Values.Number(Math.Floor(n.Value)) : null),
        new("ceil", "<n-:n>", (_, a) => Arg(a, 0) is JsonNumber n ? Values.Number(Math.Ceiling(n.Value)) : null),
        new("round", "<n-n?:n>", (_, a) => Arg(a, 0) is JsonNumber n ? Values.Number(Round(n.Value, Arg(a, 1) is JsonNumber p ? p.Value : 0)) : null),
        new("power", "<n-n:n>", (_, a) => Power(Arg(a, 0), Arg(a, 1))),
        new("sqrt", "<n-:n>", (_, a) => Sqrt(Arg(a, 0))),
        new("random", "<:n>", (e, _) => Values.Number(e.Random.NextDouble())),
        new("formatBase", "<n-n?:s>", (_, a) => FormatBase(Arg(a, 0), Arg(a, 1))),
    ];

    /// <summary>
    /// $number: numbers as they are; strings in JSON number syntax or 0x/0o/0b integer syntax;
    /// true is 1, false 0; anything else D3030.
    /// </summary>
    public static JsonNumber? ToNumber(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case JsonNumber n:
                return n;
            case JsonBoolean b:
                return JsonNumber.From(b.Value ? 1 : 0);
            case JsonString s when IsJsonNumber(s.Value):
                var parsed = double.Parse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
                if (double.IsFinite(parsed))
                {
                    return JsonNumber.From(parsed);
                }

                break;
            case JsonString s when TryParsePrefixedInteger(s.Value, out var integer):
                return Values.Number(integer);
        }

        throw JsonataErrors.WithValue("D3030", value, token: "number");
    }

    /// <summary>
    /// $round: half to even, at a number of decimal places (negative rounds to tens, hundreds...).
    /// The decimal point is shifted in the decimal text, as the reference does, to avoid binary
    /// rounding errors.
    /// </summary>
    public static double Round(double value, double precision)
    {
        var digits = (int)precision;
        var shifted = digits != 0 ? ShiftDecimal(value, digits) : value;
        var result = Math.Round(shifted, MidpointRounding.AwayFromZero);
        if (Math.Abs(result - shifted) == 0.5 && shifted < 0)
        {
            // JavaScript's Math.round rounds halves up (towards +infinity).
            result += 1;
        }

        if (Math.Abs(result - shifted) == 0.5 && Math.Abs(result % 2) == 1)
        {
            result -= 1;
        }

        if (digits != 0)
        {
            result = ShiftDecimal(result, -digits);
        }

        return result == 0 ? 0 : result;
    }

    private static double ShiftDecimal(double value, int places)
    {
        var text = NumberFormatting.Format(value);
        var e = text.IndexOf('e', StringComparison.Ordinal);
        var mantissa = e >= 0 ? text[..e] : text;
        var exponent = e >= 0 ? int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;
        return double.Parse(mantissa + "e" + (exponent + places).ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static bool IsJsonNumber(string text)
    {
        // ^-?[0-9]+(\.[0-9]+)?([Ee][-+]?[0-9]+)?$
        var i = 0;
        if (i < text.Length && text[i] == '-')
        {
            i++;
        }

        var digits = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i == digits)
        {
            return false;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            var fraction = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i == fraction)
            {
                return false;
            }
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-')
            {
                i++;
            }

            var exponent = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i == exponent)
            {
                return false;
            }
        }

        return i == text.Length;
    }

    private static bool TryParsePrefixedInteger(string text, out double value)
    {
        value = 0;
        if (text.Length < 3 || text[0] != '0')
        {
            return false;
        }

        var radix = text[1] switch
        {
            'x' or 'X' => 16,
            'o' or 'O' => 8,
            'b' or 'B' => 2,
            _ => 0,
        };
        if (radix == 0)
        {
            return false;
        }

        foreach (var c in text.AsSpan(2))
        {
            var digit = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetter(c) ? char.ToLowerInvariant(c) - 'a' + 10 : 99;
            if (digit >= radix)
            {
                return false;
            }

            value = (value * radix) + digit;
        }

        return true;
    }

    private static JsonNumber? Power(object? baseValue, object? exponent)
    {
        if (baseValue is not JsonNumber b)
        {
            return null;
        }

        var e = exponent as JsonNumber;
        var result = e is null ? double.NaN : Math.Pow(b.Value, e.Value);
        if (!double.IsFinite(result))
        {
            var error = JsonataErrors.WithValue("D3061", b);
            error.Exponent = e;
            throw error;
        }

        return Values.Number(result);
    }

    private static JsonNumber? Sqrt(object? value)
    {
        if (value is not JsonNumber n)
        {
            return null;
        }

        if (n.Value < 0)
        {
            throw JsonataErrors.WithValue("D3060", n);
        }

        return Values.Number(Math.Sqrt(n.Value));
    }

    private static JsonString? FormatBase(object? value, object? radix)
    {
        if (value is not JsonNumber n)
        {
            return null;
        }

        var number = Round(n.Value, 0);
        var b = radix is JsonNumber r ? Round(r.Value, 0) : 10;
        if (b < 2 || b > 36)
        {
            throw JsonataErrors.WithValue("D3100", JsonNumber.From(b));
        }

        return new JsonString(ToRadix(number, (int)b));
    }

    /// <summary>An integer in a radix from 2 to 36 (JavaScript's Number.prototype.toString(radix)).</summary>
    public static string ToRadix(double value, int radix)
    {
        if (radix == 10)
        {
            return NumberFormatting.Format(value);
        }

        var negative = value < 0;
        var remaining = Math.Abs(value);
        if (remaining == 0)
        {
            return "0";
        }

        var sb = new StringBuilder();
        while (remaining >= 1)
        {
            var digit = (int)(remaining % radix);
            sb.Insert(0, (char)(digit < 10 ? '0' + digit : 'a' + digit - 10));
            remaining = Math.Floor(remaining / radix);
        }

        if (negative)
        {
            sb.Insert(0, '-');
        }

        return sb.ToString();
    }
}
