using System.Globalization;
using System.Text;

namespace EventPro.Specs.Engine.Json;

/// <summary>
/// Formats doubles as ECMAScript's Number::toString does (the shortest round-trip digits, plain
/// notation between 1e-7 and 1e21, exponent notation like <c>1e+21</c> outside). JSONata and the
/// Step Functions service both write computed numbers this way.
/// </summary>
public static class NumberFormatting
{
    /// <summary>Formats a finite double.</summary>
    public static string Format(double value)
    {
        if (value == 0)
        {
            return "0";
        }

        if (Math.Floor(value) == value && Math.Abs(value) < 1e15)
        {
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }

        // "R" gives the shortest round-trip digits; only their layout differs from ECMAScript's.
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = shortest[0] == '-';
        if (negative)
        {
            shortest = shortest[1..];
        }

        // Split the shortest form into its significant digits and decimal exponent.
        string mantissa;
        var exponent = 0;
        var ePos = shortest.IndexOfAny(['E', 'e']);
        if (ePos >= 0)
        {
            mantissa = shortest[..ePos];
            exponent = int.Parse(shortest[(ePos + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }
        else
        {
            mantissa = shortest;
        }

        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var intPart = dot >= 0 ? mantissa[..dot] : mantissa;
        var fracPart = dot >= 0 ? mantissa[(dot + 1)..] : string.Empty;
        var digits = (intPart + fracPart).TrimStart('0');
        var leadingZeros = (intPart + fracPart).Length - digits.Length;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0)
        {
            return "0";
        }

        // n: the position of the decimal point relative to the digits, as in the ECMAScript algorithm.
        var n = intPart.Length + exponent - leadingZeros;
        var k = digits.Length;
        var sb = new StringBuilder();
        if (negative)
        {
            sb.Append('-');
        }

        if (k <= n && n <= 21)
        {
            sb.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            sb.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            sb.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            var e = n - 1;
            sb.Append(digits[0]);
            if (k > 1)
            {
                sb.Append('.').Append(digits, 1, k - 1);
            }

            sb.Append('e').Append(e >= 0 ? '+' : '-').Append(Math.Abs(e).ToString(CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }
}
