namespace EventPro.Specs.Engine.Jsonata.Functions;

/// <summary>
/// Integers as English words, the way the reference writes them ("three thousand, seven hundred
/// and thirty"; ordinals "thirty-first"; magnitudes up to trillion, repeated beyond), and back.
/// </summary>
internal static class NumberWords
{
    private static readonly string[] Few =
    [
        "Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Thirteen",
        "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen",
    ];

    private static readonly string[] Ordinals =
    [
        "Zeroth", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh",
        "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth",
    ];

    private static readonly string[] Decades = ["Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety", "Hundred"];

    private static readonly string[] Magnitudes = ["Thousand", "Million", "Billion", "Trillion"];

    private static readonly Dictionary<string, double> WordValues = BuildWordValues();

    /// <summary>A regular expression matching a number written in words.</summary>
    public static readonly string MatchPattern = "(?:" + string.Join("|", WordValues.Keys.Concat(["and", "[\\-, ]"])) + ")+";

    /// <summary>The number in words, Title Case with a lower-case "and".</summary>
    public static string ToWords(double value, bool ordinal) => Lookup(value, false, ordinal);

    private static string Lookup(double number, bool previous, bool ordinal)
    {
        string words;
        if (number <= 19)
        {
            words = (previous ? " and " : string.Empty) + (ordinal ? Ordinals[(int)number] : Few[(int)number]);
        }
        else if (number < 100)
        {
            var tens = (int)Math.Floor(number / 10);
            var remainder = number % 10;
            words = (previous ? " and " : string.Empty) + Decades[tens - 2];
            if (remainder > 0)
            {
                words += "-" + Lookup(remainder, false, ordinal);
            }
            else if (ordinal)
            {
                words = words[..^1] + "ieth";
            }
        }
        else if (number < 1000)
        {
            var hundreds = (int)Math.Floor(number / 100);
            var remainder = number % 100;
            words = (previous ? ", " : string.Empty) + Few[hundreds] + " Hundred";
            if (remainder > 0)
            {
                words += Lookup(remainder, true, ordinal);
            }
            else if (ordinal)
            {
                words += "th";
            }
        }
        else
        {
            var magnitude = (int)Math.Floor(Math.Log10(number) / 3);
            if (magnitude > Magnitudes.Length)
            {
                magnitude = Magnitudes.Length;
            }

            var factor = Math.Pow(10, magnitude * 3);
            var mantissa = Math.Floor(number / factor);
            var remainder = number - (mantissa * factor);
            words = (previous ? ", " : string.Empty) + Lookup(mantissa, false, false) + " " + Magnitudes[magnitude - 1];
            if (remainder > 0)
            {
                words += Lookup(remainder, true, ordinal);
            }
            else if (ordinal)
            {
                words += "th";
            }
        }

        return words;
    }

    /// <summary>The number a text in words stands for (reference: wordsToNumber).</summary>
    public static double FromWords(string text)
    {
        var parts = System.Text.RegularExpressions.Regex.Split(text.ToLowerInvariant(), @",\s|\sand\s|[\s\-]");
        var segments = new List<double> { 0 };
        foreach (var part in parts)
        {
            if (!WordValues.TryGetValue(part, out var value))
            {
                return double.NaN;
            }

            if (value < 100)
            {
                var top = segments[^1];
                segments.RemoveAt(segments.Count - 1);
                if (top >= 1000)
                {
                    segments.Add(top);
                    top = 0;
                }

                segments.Add(top + value);
            }
            else
            {
                segments[^1] *= value;
            }
        }

        return segments.Sum();
    }

    private static Dictionary<string, double> BuildWordValues()
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < Few.Length; i++)
        {
            values[Few[i].ToLowerInvariant()] = i;
        }

        for (var i = 0; i < Ordinals.Length; i++)
        {
            values[Ordinals[i].ToLowerInvariant()] = i;
        }

        for (var i = 0; i < Decades.Length; i++)
        {
            var word = Decades[i].ToLowerInvariant();
            values[word] = (i + 2) * 10;
            values[word[..^1] + "ieth"] = (i + 2) * 10;
        }

        values["hundredth"] = 100;
        for (var i = 0; i < Magnitudes.Length; i++)
        {
            var word = Magnitudes[i].ToLowerInvariant();
            var value = Math.Pow(10, (i + 1) * 3);
            values[word] = value;
            values[word + "th"] = value;
        }

        return values;
    }
}
