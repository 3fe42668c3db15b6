using System.Globalization;
using System.Text;
using EventPro.Specs.Engine.Jsonata.Evaluation;

namespace EventPro.Specs.Engine.Jsonata.Functions;

/// <summary>
/// $formatNumber: the decimal-format picture of XPath F&amp;O 3.1 §4.7 (<c>#,##0.00</c>,
/// <c>0.0e0</c>, <c>#%</c>, a negative sub-picture after <c>;</c>), validated (D3080-D3093),
/// analysed and applied as the reference implementation does.
/// </summary>
internal static class NumberPicture
{
    /// <summary>Formats <paramref name="value"/> with <paramref name="picture"/>; <paramref name="options"/> override the decimal-format properties.</summary>
    public static string Format(double value, string picture, IReadOnlyDictionary<string, string>? options)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["decimal-separator"] = ".",
            ["grouping-separator"] = ",",
            ["exponent-separator"] = "e",
            ["infinity"] = "Infinity",
            ["minus-sign"] = "-",
            ["NaN"] = "NaN",
            ["percent"] = "%",
            ["per-mille"] = "\u2030",
            ["zero-digit"] = "0",
            ["digit"] = "#",
            ["pattern-separator"] = ";",
        };
        if (options is not null)
        {
            foreach (var (key, option) in options)
            {
                properties[key] = option;
            }
        }

        var format = new DecimalFormat(properties);
        var subPictures = picture.Split(format.PatternSeparator);
        if (subPictures.Length > 2)
        {
            throw JsonataErrors.Create("D3080");
        }

        var parts = subPictures.Select(format.Split).ToList();
        foreach (var part in parts)
        {
            format.Validate(part);
        }

        var variables = parts.Select(format.Analyse).ToList();
        if (variables.Count == 1)
        {
            variables.Add(variables[0] with { Prefix = format.MinusSign + variables[0].Prefix });
        }

        return format.Apply(value, value >= 0 ? variables[0] : variables[1]);
    }

    private sealed record Parts(string Prefix, string Suffix, string ActivePart, string MantissaPart, string? ExponentPart, string IntegerPart, string FractionalPart, string SubPicture);

    private sealed record Analysis(
        List<int> IntegerGroupingPositions,
        int RegularGrouping,
        int MinimumIntegerPartSize,
        int ScalingFactor,
        string Prefix,
        List<int> FractionalGroupingPositions,
        int MinimumFractionalPartSize,
        int MaximumFractionalPartSize,
        int MinimumExponentSize,
        string Suffix,
        string Picture);

    private sealed class DecimalFormat
    {
        private readonly List<string> _digitFamily = [];
        private readonly HashSet<string> _activeChars;

        public DecimalFormat(Dictionary<string, string> properties)
        {
            DecimalSeparator = properties["decimal-separator"];
            GroupingSeparator = properties["grouping-separator"];
            ExponentSeparator = properties["exponent-separator"];
            MinusSign = properties["minus-sign"];
            Percent = properties["percent"];
            PerMille = properties["per-mille"];
            ZeroDigit = properties["zero-digit"];
            Digit = properties["digit"];
            PatternSeparator = properties["pattern-separator"];
            var zero = ZeroDigit[0];
            for (var i = 0; i < 10; i++)
            {
                _digitFamily.Add(((char)(zero + i)).ToString());
            }

            _activeChars = [.. _digitFamily, DecimalSeparator, ExponentSeparator, GroupingSeparator, Digit, PatternSeparator];
        }

        public string DecimalSeparator { get; }

        public string GroupingSeparator { get; }

        public string ExponentSeparator { get; }

        public string MinusSign { get; }

        public string Percent { get; }

        public string PerMille { get; }

        public string ZeroDigit { get; }

        public string Digit { get; }

        public string PatternSeparator { get; }

        private bool IsActive(char c) => _activeChars.Contains(c.ToString());

        private bool IsDigit(char c) => _digitFamily.Contains(c.ToString());

        public Parts Split(string subPicture)
        {
            // The prefix runs up to the first active character other than the exponent separator,
            // the suffix back from the last one; a picture with none has neither.
            var prefix = string.Empty;
            for (var i = 0; i < subPicture.Length; i++)
            {
                if (IsActive(subPicture[i]) && subPicture[i].ToString() != ExponentSeparator)
                {
                    prefix = subPicture[..i];
                    break;
                }
            }

            var suffix = string.Empty;
            for (var i = subPicture.Length - 1; i >= 0; i--)
            {
                if (IsActive(subPicture[i]) && subPicture[i].ToString() != ExponentSeparator)
                {
                    suffix = subPicture[(i + 1)..];
                    break;
                }
            }

            var activePart = subPicture.Substring(prefix.Length, subPicture.Length - prefix.Length - suffix.Length);
            string mantissa;
            string? exponent;
            var exponentPosition = subPicture.IndexOf(ExponentSeparator, prefix.Length, StringComparison.Ordinal);
            if (exponentPosition == -1 || exponentPosition > subPicture.Length - suffix.Length)
            {
                mantissa = activePart;
                exponent = null;
            }
            else
            {
                mantissa = activePart[..Math.Min(activePart.Length, exponentPosition)];
                exponent = exponentPosition + 1 <= activePart.Length ? activePart[(exponentPosition + 1)..] : string.Empty;
            }

            string integerPart;
            string fractionalPart;
            var decimalPosition = mantissa.IndexOf(DecimalSeparator, StringComparison.Ordinal);
            if (decimalPosition == -1)
            {
                integerPart = mantissa;
                fractionalPart = suffix;
            }
            else
            {
                integerPart = mantissa[..decimalPosition];
                fractionalPart = mantissa[(decimalPosition + 1)..];
            }

            return new Parts(prefix, suffix, activePart, mantissa, exponent, integerPart, fractionalPart, subPicture);
        }

        public void Validate(Parts parts)
        {
            // As in the reference, every rule is checked and the last one broken is reported.
            string? error = null;
            var picture = parts.SubPicture;
            var decimalPosition = picture.IndexOf(DecimalSeparator, StringComparison.Ordinal);
            if (decimalPosition != picture.LastIndexOf(DecimalSeparator, StringComparison.Ordinal))
            {
                error = "D3081";
            }

            if (picture.IndexOf(Percent, StringComparison.Ordinal) != picture.LastIndexOf(Percent, StringComparison.Ordinal))
            {
                error = "D3082";
            }

            if (picture.IndexOf(PerMille, StringComparison.Ordinal) != picture.LastIndexOf(PerMille, StringComparison.Ordinal))
            {
                error = "D3083";
            }

            if (picture.Contains(Percent, StringComparison.Ordinal) && picture.Contains(PerMille, StringComparison.Ordinal))
            {
                error = "D3084";
            }

            if (!parts.MantissaPart.Any(c => IsDigit(c) || c.ToString() == Digit))
            {
                error = "D3085";
            }

            if (parts.ActivePart.Any(c => !IsActive(c)))
            {
                error = "D3086";
            }

            if (decimalPosition != -1)
            {
                if ((decimalPosition > 0 && picture[decimalPosition - 1].ToString() == GroupingSeparator)
                    || (decimalPosition + 1 < picture.Length && picture[decimalPosition + 1].ToString() == GroupingSeparator))
                {
                    error = "D3087";
                }
            }
            else if (parts.IntegerPart.Length > 0 && parts.IntegerPart[^1].ToString() == GroupingSeparator)
            {
                error = "D3088";
            }

            if (picture.Contains(GroupingSeparator + GroupingSeparator, StringComparison.Ordinal))
            {
                error = "D3089";
            }

            var optionalPosition = parts.IntegerPart.IndexOf(Digit, StringComparison.Ordinal);
            if (optionalPosition != -1 && parts.IntegerPart[..optionalPosition].Any(IsDigit))
            {
                error = "D3090";
            }

            optionalPosition = parts.FractionalPart.LastIndexOf(Digit, StringComparison.Ordinal);
            if (optionalPosition != -1 && parts.FractionalPart[optionalPosition..].Any(IsDigit))
            {
                error = "D3091";
            }

            var exponentExists = parts.ExponentPart is not null;
            if (exponentExists && parts.ExponentPart!.Length > 0
                && (picture.Contains(Percent, StringComparison.Ordinal) || picture.Contains(PerMille, StringComparison.Ordinal)))
            {
                error = "D3092";
            }

            if (exponentExists && (parts.ExponentPart!.Length == 0 || parts.ExponentPart.Any(c => !IsDigit(c))))
            {
                error = "D3093";
            }

            if (error is not null)
            {
                throw JsonataErrors.Create(error);
            }
        }

        public Analysis Analyse(Parts parts)
        {
            var integerGrouping = GroupingPositions(parts.IntegerPart, toLeft: false, parts);
            var regular = RegularGrouping(integerGrouping);
            var fractionalGrouping = GroupingPositions(parts.FractionalPart, toLeft: true, parts);
            var minimumInteger = parts.IntegerPart.Count(IsDigit);
            var scalingFactor = minimumInteger;
            var minimumFraction = parts.FractionalPart.Count(IsDigit);
            var maximumFraction = parts.FractionalPart.Count(c => IsDigit(c) || c.ToString() == Digit);
            var exponentPresent = parts.ExponentPart is not null;
            if (minimumInteger == 0 && maximumFraction == 0)
            {
                if (exponentPresent)
                {
                    minimumFraction = 1;
                    maximumFraction = 1;
                }
                else
                {
                    minimumInteger = 1;
                }
            }

            if (exponentPresent && minimumInteger == 0 && parts.IntegerPart.Contains(Digit, StringComparison.Ordinal))
            {
                minimumInteger = 1;
            }

            if (minimumInteger == 0 && minimumFraction == 0)
            {
                minimumFraction = 1;
            }

            var minimumExponent = exponentPresent ? parts.ExponentPart!.Count(IsDigit) : 0;
            return new Analysis(integerGrouping, regular, minimumInteger, scalingFactor, parts.Prefix, fractionalGrouping,
                minimumFraction, maximumFraction, minimumExponent, parts.Suffix, parts.SubPicture);
        }

        private List<int> GroupingPositions(string part, bool toLeft, Parts parts)
        {
            var positions = new List<int>();
            var position = part.IndexOf(GroupingSeparator, StringComparison.Ordinal);
            while (position != -1)
            {
                var counted = toLeft ? part[..position] : part[position..];
                positions.Add(counted.Count(c => IsDigit(c) || c.ToString() == Digit));

                // The reference looks for the next separator in the integer part in both cases.
                position = position + 1 <= parts.IntegerPart.Length
                    ? parts.IntegerPart.IndexOf(GroupingSeparator, position + 1, StringComparison.Ordinal)
                    : -1;
            }

            return positions;
        }

        private static int RegularGrouping(List<int> positions)
        {
            if (positions.Count == 0)
            {
                return 0;
            }

            var factor = positions[0];
            foreach (var position in positions)
            {
                factor = Gcd(factor, position);
            }

            for (var index = 1; index <= positions.Count; index++)
            {
                if (!positions.Contains(index * factor))
                {
                    return 0;
                }
            }

            return factor;
        }

        private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);

        public string Apply(double value, Analysis picture)
        {
            var adjusted = picture.Picture.Contains(Percent, StringComparison.Ordinal) ? value * 100
                : picture.Picture.Contains(PerMille, StringComparison.Ordinal) ? value * 1000
                : value;

            double mantissa;
            int? exponent = null;
            if (picture.MinimumExponentSize == 0)
            {
                mantissa = adjusted;
            }
            else
            {
                // mantissa * 10^exponent = adjusted, with the mantissa's integer digits as the picture's.
                // (Zero and negative numbers are scaled by their magnitude: JSONata 2.0.6 looped
                // for ever on them, jsonata-js#785.)
                var maxMantissa = Math.Pow(10, picture.ScalingFactor);
                var minMantissa = Math.Pow(10, picture.ScalingFactor - 1);
                mantissa = Math.Abs(adjusted);
                var e = 0;
                if (mantissa != 0)
                {
                    while (mantissa < minMantissa)
                    {
                        mantissa *= 10;
                        e--;
                    }

                    while (mantissa > maxMantissa)
                    {
                        mantissa /= 10;
                        e++;
                    }
                }

                exponent = e;
            }

            var rounded = NumericFunctions.Round(mantissa, picture.MaximumFractionalPartSize);
            var text = MakeString(rounded, picture.MaximumFractionalPartSize);
            var point = text.IndexOf('.', StringComparison.Ordinal);
            text = point == -1 ? text + DecimalSeparator : text[..point] + DecimalSeparator + text[(point + 1)..];
            while (text.StartsWith(ZeroDigit, StringComparison.Ordinal))
            {
                text = text[ZeroDigit.Length..];
            }

            while (text.EndsWith(ZeroDigit, StringComparison.Ordinal))
            {
                text = text[..^ZeroDigit.Length];
            }

            var decimalPosition = text.IndexOf(DecimalSeparator, StringComparison.Ordinal);
            var padLeft = picture.MinimumIntegerPartSize - decimalPosition;
            var padRight = picture.MinimumFractionalPartSize - (text.Length - decimalPosition - 1);
            text = (padLeft > 0 ? Repeat(ZeroDigit, padLeft) : string.Empty) + text + (padRight > 0 ? Repeat(ZeroDigit, padRight) : string.Empty);
            decimalPosition = text.IndexOf(DecimalSeparator, StringComparison.Ordinal);
            if (picture.RegularGrouping > 0)
            {
                var groupCount = (decimalPosition - 1) / picture.RegularGrouping;
                for (var group = 1; group <= groupCount; group++)
                {
                    var at = decimalPosition - (group * picture.RegularGrouping);
                    text = text[..at] + GroupingSeparator + text[at..];
                }
            }
            else
            {
                foreach (var position in picture.IntegerGroupingPositions)
                {
                    var at = decimalPosition - position;
                    if (at >= 0)
                    {
                        text = text[..at] + GroupingSeparator + text[at..];
                        decimalPosition++;
                    }
                }
            }

            decimalPosition = text.IndexOf(DecimalSeparator, StringComparison.Ordinal);
            foreach (var position in picture.FractionalGroupingPositions)
            {
                var at = position + decimalPosition + 1;
                if (at <= text.Length)
                {
                    text = text[..at] + GroupingSeparator + text[at..];
                }
            }

            decimalPosition = text.IndexOf(DecimalSeparator, StringComparison.Ordinal);
            if (picture.MaximumFractionalPartSize == 0 || decimalPosition == text.Length - DecimalSeparator.Length)
            {
                // No fractional digits: drop the trailing decimal separator.
                text = text[..^DecimalSeparator.Length];
            }

            if (exponent is { } exp)
            {
                var exponentText = MakeString(exp, 0);
                var pad = picture.MinimumExponentSize - exponentText.Length;
                if (pad > 0)
                {
                    exponentText = Repeat(ZeroDigit, pad) + exponentText;
                }

                text = text + ExponentSeparator + (exp < 0 ? MinusSign : string.Empty) + exponentText;
            }

            return picture.Prefix + text + picture.Suffix;
        }

        private string MakeString(double value, int decimals)
        {
            var text = Math.Abs(value).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            if (ZeroDigit == "0")
            {
                return text;
            }

            var sb = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                sb.Append(char.IsAsciiDigit(c) ? _digitFamily[c - '0'] : c.ToString());
            }

            return sb.ToString();
        }

        private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));
    }
}
