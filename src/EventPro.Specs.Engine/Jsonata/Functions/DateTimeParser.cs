using System.Text;
using System.Text.RegularExpressions;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata.Evaluation;

namespace EventPro.Specs.Engine.Jsonata.Functions;

/// <summary>
/// Parses a timestamp with a date/time picture ($toMillis(timestamp, picture)), following the
/// reference implementation's parseDateTime: the picture becomes a regular expression, the
/// captured components must form a date ({Y,M,D} or {Y,d}) and a time ({H,m,s,f} or {P,h,m,s,f});
/// missing leading components default to the current date/time, missing trailing ones to their
/// lowest value, and a gap in between is D3136.
/// </summary>
internal static class DateTimeParser
{
    private const int DateYmd = 161;   // Y.M...D (bits Y X M x W w d D)
    private const int DateYd = 130;    // Y.....d.
    private const int DateXxwF = 84;   // .X.x.w..  (with F)
    private const int DateXWF = 72;    // .X..W...
    private const int TimeHmsf = 23;   // .H.msf (bits P H h m s f)
    private const int TimePhmsf = 47;  // P.hmsf

    /// <summary>The instant the timestamp denotes, or null when it does not match the picture.</summary>
    public static double? Parse(string timestamp, string picture, double now)
    {
        var spec = DateTimePicture.Analyse(picture);
        var parts = new List<(char Component, Func<string, double?> Parse)>();
        var pattern = new StringBuilder("^");
        foreach (var part in spec.Parts)
        {
            if (part.IsLiteral)
            {
                pattern.Append(Regex.Escape(part.LiteralText!));
                continue;
            }

            var (regex, parse) = Matcher(part);
            pattern.Append('(').Append(regex).Append(')');
            parts.Add((part.Component, parse));
        }

        pattern.Append('$');
        var match = Regex.Match(timestamp, pattern.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        if (!match.Success)
        {
            return null;
        }

        var components = new Dictionary<char, double>();
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i].Parse(match.Groups[i + 1].Value) is { } value)
            {
                components[parts[i].Component] = value;
            }
        }

        if (components.Count == 0)
        {
            return null;
        }

        // Which date and time shapes were given? (A component parsed as 0 counts as absent here.)
        var mask = Mask(components, "YXMxWwdD");
        var dateYmd = IsType(DateYmd, mask);
        var dateYd = !dateYmd && IsType(DateYd, mask);
        var dateXxwF = IsType(DateXxwF, mask);
        var dateXWF = !dateXxwF && IsType(DateXWF, mask);
        mask = Mask(components, "PHhmsf");
        var timeHmsf = IsType(TimeHmsf, mask);
        var timePhmsf = !timeHmsf && IsType(TimePhmsf, mask);

        var dateComponents = dateYd ? "YD" : dateXxwF ? "XxwF" : dateXWF ? "XWF" : "YMD";
        var timeComponents = timePhmsf ? "Phmsf" : "Hmsf";
        var startSpecified = false;
        var endSpecified = false;
        foreach (var part in dateComponents + timeComponents)
        {
            if (!components.ContainsKey(part))
            {
                if (startSpecified)
                {
                    components[part] = "MDd".Contains(part, StringComparison.Ordinal) ? 1 : 0;
                    endSpecified = true;
                }
                else
                {
                    components[part] = DateTimeFormatter.Fragment(now, part) is double current ? current : 0;
                }
            }
            else
            {
                startSpecified = true;
                if (endSpecified)
                {
                    throw JsonataErrors.Create("D3136");
                }
            }
        }

        components['M'] = components.TryGetValue('M', out var month) && month > 0 ? month - 1 : 0;
        if (dateYd)
        {
            var derived = CalendarMath.ToDateTime(CalendarMath.Utc(components['Y'], 0) + ((components['d'] - 1) * CalendarMath.DayMillis));
            components['M'] = derived.Month - 1;
            components['D'] = derived.Day;
        }

        if (dateXxwF || dateXWF)
        {
            // ISO week dates cannot be parsed (as in the reference).
            throw JsonataErrors.Create("D3136");
        }

        if (timePhmsf)
        {
            var hour = components['h'] == 12 ? 0 : components['h'];
            components['H'] = components.GetValueOrDefault('P') == 1 ? hour + 12 : hour;
        }

        var millis = CalendarMath.Utc(components['Y'], components['M'], components['D'], components['H'], components['m'], components['s'], components['f']);
        if (components.TryGetValue('Z', out var zone) || components.TryGetValue('z', out zone))
        {
            millis -= zone * 60_000;
        }

        return millis;
    }

    private static int Mask(Dictionary<char, double> components, string order)
    {
        var mask = 0;
        foreach (var part in order)
        {
            mask <<= 1;
            if (components.TryGetValue(part, out var value) && value != 0 && !double.IsNaN(value))
            {
                mask++;
            }
        }

        return mask;
    }

    private static bool IsType(int type, int mask) => (~type & mask) == 0 && (type & mask) != 0;

    private static (string Regex, Func<string, double?> Parse) Matcher(DateTimeMarker part)
    {
        if (part.Component is 'Z' or 'z')
        {
            var format = part.IntegerFormat!;
            var separator = format.Regular ? format.RegularCharacter : null;
            var regex = (part.Component == 'z' ? "GMT" : string.Empty) + "[-+][0-9]+" + (separator is null ? string.Empty : Regex.Escape(separator) + "[0-9]+");
            return (regex, value =>
            {
                if (part.Component == 'z')
                {
                    value = value[3..];
                }

                double hours;
                double minutes = 0;
                if (separator is not null)
                {
                    var at = value.IndexOf(separator, StringComparison.Ordinal);
                    hours = IntegerPicture.ParseLeadingInteger(value[..at]) ?? 0;
                    minutes = IntegerPicture.ParseLeadingInteger(value[(at + separator.Length)..]) ?? 0;
                }
                else if (value.Length - 1 <= 2)
                {
                    hours = IntegerPicture.ParseLeadingInteger(value) ?? 0;
                }
                else
                {
                    hours = IntegerPicture.ParseLeadingInteger(value[..3]) ?? 0;
                    minutes = IntegerPicture.ParseLeadingInteger(value[3..]) ?? 0;
                }

                return (hours * 60) + minutes;
            });
        }

        if (part.IntegerFormat is { } integerFormat)
        {
            // A number has at least its mandatory digits, so that "20180205" reads as
            // [Y0001][M01][D01] (the greedy year gives back the digits the others need).
            var width = integerFormat.MandatoryDigits;
            var regex = integerFormat.MatchPattern(width);
            if (part.Component == 'f')
            {
                // More than three fractional digits are a fraction of a second, not a count of milliseconds.
                return (regex, value =>
                {
                    var parsed = integerFormat.Parse(value);
                    var digits = value.Count(char.IsAsciiDigit);
                    return parsed is { } ms && digits > 3 ? Math.Floor(ms / Math.Pow(10, digits - 3)) : parsed;
                });
            }

            return (regex, value => integerFormat.Parse(value) is { } parsed && !double.IsNaN(parsed) ? parsed : null);
        }

        // A month, day or am/pm name.
        var lookup = new Dictionary<string, double>(StringComparer.Ordinal);
        if (part.Component is 'M' or 'x')
        {
            for (var i = 0; i < DateTimeFormatter.Months.Length; i++)
            {
                var name = DateTimeFormatter.Months[i];
                lookup[part.MaxWidth is { } max && max < name.Length ? name[..max] : name] = i + 1;
            }
        }
        else if (part.Component == 'F')
        {
            for (var i = 1; i < DateTimeFormatter.Days.Length; i++)
            {
                var name = DateTimeFormatter.Days[i];
                lookup[part.MaxWidth is { } max && max < name.Length ? name[..max] : name] = i;
            }
        }
        else if (part.Component == 'P')
        {
            lookup["am"] = 0;
            lookup["AM"] = 0;
            lookup["pm"] = 1;
            lookup["PM"] = 1;
        }
        else
        {
            throw JsonataErrors.WithValue("D3133", new JsonString(part.Component.ToString()));
        }

        return ("[a-zA-Z]+", value => lookup.TryGetValue(value, out var found) ? found : null);
    }
}
