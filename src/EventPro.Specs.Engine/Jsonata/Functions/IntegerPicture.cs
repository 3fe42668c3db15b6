using System.Globalization;
using System.Text;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata.Evaluation;

namespace EventPro.Specs.Engine.Jsonata.Functions;

/// <summary>
/// An integer picture of XPath F&amp;O 3.1 §4.6.1 as the reference implementation reads it
/// ($formatInteger, $parseInteger and the integer components of date/time pictures): a decimal
/// digit pattern with optional grouping separators (<c>#,##0</c>), letters (<c>a</c>, <c>A</c>),
/// roman numerals (<c>i</c>, <c>I</c>) or words (<c>w</c>, <c>W</c>, <c>Ww</c>), with an
/// <c>;o</c> modifier for ordinals.
/// </summary>
internal sealed class IntegerPicture
{
    /// <summary>The zero digits of the Unicode decimal digit families the reference recognises.</summary>
    private static readonly int[] DecimalGroups =
    [
        0x30, 0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0DE6,
        0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40,
        0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    ];

    /// <summary>The presentation.</summary>
    public IntegerFormat Primary { get; private set; } = IntegerFormat.Decimal;

    /// <summary>Upper, lower or title case for letters, roman numerals and words.</summary>
    public LetterCase Case { get; private set; } = LetterCase.Lower;

    /// <summary>Whether the number is written as an ordinal (1st, first).</summary>
    public bool Ordinal { get; private set; }

    /// <summary>The code point of the zero digit of the decimal digit family.</summary>
    public int ZeroCode { get; private set; } = 0x30;

    /// <summary>The number of mandatory digits.</summary>
    public int MandatoryDigits { get; set; }

    /// <summary>The number of optional digits (<c>#</c>).</summary>
    public int OptionalDigits { get; private set; }

    /// <summary>Whether the grouping separators repeat at a regular interval.</summary>
    public bool Regular { get; private set; }

    /// <summary>The interval of regular grouping separators.</summary>
    public int RegularPosition { get; private set; }

    /// <summary>The character of regular grouping separators.</summary>
    public string? RegularCharacter { get; private set; }

    /// <summary>The irregular grouping separators: positions from the right, and characters.</summary>
    public List<(int Position, string Character)> GroupingSeparators { get; } = [];

    /// <summary>The picture of an unsupported numbering sequence.</summary>
    public string? Token { get; private set; }

    /// <summary>Reads a picture (reference: analyseIntegerPicture).</summary>
    public static IntegerPicture Analyse(string picture)
    {
        var format = new IntegerPicture();
        string primary;
        var semicolon = picture.LastIndexOf(';');
        if (semicolon == -1)
        {
            primary = picture;
        }
        else
        {
            primary = picture[..semicolon];
            var modifier = picture[(semicolon + 1)..];
            if (modifier.StartsWith('o'))
            {
                format.Ordinal = true;
            }
        }

        switch (primary)
        {
            case "A":
                format.Case = LetterCase.Upper;
                format.Primary = IntegerFormat.Letters;
                break;
            case "a":
                format.Primary = IntegerFormat.Letters;
                break;
            case "I":
                format.Case = LetterCase.Upper;
                format.Primary = IntegerFormat.Roman;
                break;
            case "i":
                format.Primary = IntegerFormat.Roman;
                break;
            case "W":
                format.Case = LetterCase.Upper;
                format.Primary = IntegerFormat.Words;
                break;
            case "Ww":
                format.Case = LetterCase.Title;
                format.Primary = IntegerFormat.Words;
                break;
            case "w":
                format.Primary = IntegerFormat.Words;
                break;
            default:
                format.AnalyseDecimal(primary);
                break;
        }

        return format;
    }

    private void AnalyseDecimal(string primary)
    {
        int? zeroCode = null;
        var mandatory = 0;
        var optional = 0;
        var separators = new List<(int Position, string Character)>();
        var position = 0;
        var codePoints = CodePoints(primary);
        codePoints.Reverse();
        foreach (var codePoint in codePoints)
        {
            var group = DigitGroup(codePoint);
            if (group is { } zero)
            {
                mandatory++;
                position++;
                if (zeroCode is null)
                {
                    zeroCode = zero;
                }
                else if (zero != zeroCode)
                {
                    throw JsonataErrors.Create("D3131");
                }
            }
            else if (codePoint == '#')
            {
                position++;
                optional++;
            }
            else
            {
                separators.Add((position, char.ConvertFromUtf32(codePoint)));
            }
        }

        if (mandatory == 0)
        {
            // A "numbering sequence", which the reference does not support.
            Primary = IntegerFormat.Sequence;
            Token = primary;
            return;
        }

        Primary = IntegerFormat.Decimal;
        ZeroCode = zeroCode!.Value;
        MandatoryDigits = mandatory;
        OptionalDigits = optional;
        if (RegularSeparator(separators) is { } regular)
        {
            Regular = true;
            RegularPosition = regular.Position;
            RegularCharacter = regular.Character;
        }
        else
        {
            GroupingSeparators.AddRange(separators);
        }
    }

    private static (int Position, string Character)? RegularSeparator(List<(int Position, string Character)> separators)
    {
        // Regular when all use one character and sit at every multiple of their common divisor.
        if (separators.Count == 0)
        {
            return null;
        }

        var character = separators[0].Character;
        foreach (var separator in separators)
        {
            if (separator.Character != character)
            {
                return null;
            }
        }

        var factor = separators[0].Position;
        foreach (var separator in separators)
        {
            factor = Gcd(factor, separator.Position);
        }

        for (var index = 1; index <= separators.Count; index++)
        {
            if (!separators.Exists(s => s.Position == index * factor))
            {
                return null;
            }
        }

        return (factor, character);
    }

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);

    /// <summary>The zero of the decimal digit family of a code point, or null.</summary>
    public static int? DigitGroup(int codePoint)
    {
        foreach (var group in DecimalGroups)
        {
            if (codePoint >= group && codePoint <= group + 9)
            {
                return group;
            }
        }

        return null;
    }

    /// <summary>The code points of a string.</summary>
    public static List<int> CodePoints(string text)
    {
        var result = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result.Add(char.ConvertToUtf32(text[i], text[i + 1]));
                i++;
            }
            else
            {
                result.Add(text[i]);
            }
        }

        return result;
    }

    /// <summary>Formats an integer (reference: _formatInteger).</summary>
    public string Format(double value)
    {
        var negative = value < 0;
        value = Math.Abs(value);
        string formatted;
        switch (Primary)
        {
            case IntegerFormat.Letters:
                formatted = ToLetters(value, Case == LetterCase.Upper ? 'A' : 'a');
                break;
            case IntegerFormat.Roman:
                formatted = ToRoman(value);
                if (Case == LetterCase.Upper)
                {
                    formatted = formatted.ToUpperInvariant();
                }

                break;
            case IntegerFormat.Words:
                formatted = NumberWords.ToWords(value, Ordinal);
                formatted = Case switch
                {
                    LetterCase.Upper => formatted.ToUpperInvariant(),
                    LetterCase.Lower => formatted.ToLowerInvariant(),
                    _ => formatted,
                };
                break;
            case IntegerFormat.Decimal:
                formatted = FormatDecimal(value);
                break;
            default:
                throw JsonataErrors.WithValue("D3130", new JsonString(Token ?? string.Empty));
        }

        return negative ? "-" + formatted : formatted;
    }

    private string FormatDecimal(double value)
    {
        var digits = NumberFormatting.Format(value);
        if (MandatoryDigits > digits.Length)
        {
            digits = new string('0', MandatoryDigits - digits.Length) + digits;
        }

        if (ZeroCode != 0x30)
        {
            var sb = new StringBuilder();
            foreach (var c in digits)
            {
                sb.Append(char.IsAsciiDigit(c) ? char.ConvertFromUtf32(c - '0' + ZeroCode) : c.ToString());
            }

            digits = sb.ToString();
        }

        var chars = CodePoints(digits).ConvertAll(char.ConvertFromUtf32);
        if (Regular)
        {
            var groups = (chars.Count - 1) / RegularPosition;
            for (var g = groups; g > 0; g--)
            {
                chars.Insert(chars.Count - (g * RegularPosition), RegularCharacter!);
            }
        }
        else
        {
            for (var i = GroupingSeparators.Count - 1; i >= 0; i--)
            {
                var (position, character) = GroupingSeparators[i];
                var at = chars.Count - position;
                if (at >= 0)
                {
                    chars.Insert(at, character);
                }
            }
        }

        var result = string.Concat(chars);
        if (Ordinal)
        {
            var last = result[^1];
            var suffix = last switch { '1' => "st", '2' => "nd", '3' => "rd", _ => "th" };
            if (result.Length > 1 && result[^2] == '1')
            {
                suffix = "th";
            }

            result += suffix;
        }

        return result;
    }

    /// <summary>Parses an integer written with this picture (reference: $parseInteger).</summary>
    public double? Parse(string value)
    {
        switch (Primary)
        {
            case IntegerFormat.Letters:
                return FromLetters(value, Case == LetterCase.Upper ? 'A' : 'a');
            case IntegerFormat.Roman:
                return FromRoman(value);
            case IntegerFormat.Words:
                return NumberWords.FromWords(value);
            case IntegerFormat.Decimal:
                if (Ordinal && value.Length >= 2)
                {
                    value = value[..^2];
                }

                if (Regular)
                {
                    value = value.Replace(RegularCharacter!, string.Empty, StringComparison.Ordinal);
                }
                else
                {
                    foreach (var (_, character) in GroupingSeparators)
                    {
                        value = value.Replace(character, string.Empty, StringComparison.Ordinal);
                    }
                }

                if (ZeroCode != 0x30)
                {
                    var sb = new StringBuilder();
                    foreach (var codePoint in CodePoints(value))
                    {
                        sb.Append(DigitGroup(codePoint) == ZeroCode ? (char)('0' + codePoint - ZeroCode) : char.ConvertFromUtf32(codePoint));
                    }

                    value = sb.ToString();
                }

                return ParseLeadingInteger(value);
            default:
                throw JsonataErrors.WithValue("D3130", new JsonString(Token ?? string.Empty));
        }
    }

    /// <summary>The regular expression that matches a value written with this picture (for date/time parsing), with at least <paramref name="minDigits"/> digits.</summary>
    public string MatchPattern(int minDigits)
    {
        switch (Primary)
        {
            case IntegerFormat.Letters:
                return Case == LetterCase.Upper ? "[A-Z]+" : "[a-z]+";
            case IntegerFormat.Roman:
                return Case == LetterCase.Upper ? "[MDCLXVI]+" : "[mdclxvi]+";
            case IntegerFormat.Words:
                return NumberWords.MatchPattern;
            case IntegerFormat.Decimal:
                var pattern = minDigits > 1 ? "[0-9]{" + minDigits.ToString(CultureInfo.InvariantCulture) + ",}" : "[0-9]+";
                return Ordinal ? pattern + "(?:th|st|nd|rd)" : pattern;
            default:
                throw JsonataErrors.WithValue("D3130", new JsonString(Token ?? string.Empty));
        }
    }

    /// <summary>JavaScript's parseInt: the leading decimal digits (with an optional sign), or null.</summary>
    public static double? ParseLeadingInteger(string text)
    {
        var trimmed = text.TrimStart();
        var i = 0;
        var negative = false;
        if (i < trimmed.Length && trimmed[i] is '+' or '-')
        {
            negative = trimmed[i] == '-';
            i++;
        }

        var start = i;
        while (i < trimmed.Length && char.IsAsciiDigit(trimmed[i]))
        {
            i++;
        }

        if (i == start)
        {
            return null;
        }

        var value = double.Parse(trimmed.AsSpan(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture);
        return negative ? -value : value;
    }

    private static string ToLetters(double value, char a)
    {
        var sb = new StringBuilder();
        while (value > 0)
        {
            sb.Insert(0, (char)(((value - 1) % 26) + a));
            value = Math.Floor((value - 1) / 26);
        }

        return sb.ToString();
    }

    private static double FromLetters(string letters, char a)
    {
        var result = 0.0;
        var weight = 1.0;
        for (var i = letters.Length - 1; i >= 0; i--, weight *= 26)
        {
            result += (letters[i] - a + 1) * weight;
        }

        return result;
    }

    private static readonly (int Value, string Numeral)[] RomanNumerals =
    [
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ];

    private static string ToRoman(double value)
    {
        var sb = new StringBuilder();
        foreach (var (numeralValue, numeral) in RomanNumerals)
        {
            while (value >= numeralValue)
            {
                sb.Append(numeral);
                value -= numeralValue;
            }
        }

        return sb.ToString();
    }

    private static double FromRoman(string roman)
    {
        var result = 0.0;
        var max = 1;
        for (var i = roman.Length - 1; i >= 0; i--)
        {
            var value = char.ToUpperInvariant(roman[i]) switch
            {
                'M' => 1000,
                'D' => 500,
                'C' => 100,
                'L' => 50,
                'X' => 10,
                'V' => 5,
                'I' => 1,
                _ => 0,
            };
            if (value < max)
            {
                result -= value;
            }
            else
            {
                max = value;
                result += value;
            }
        }

        return result;
    }
}
