using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata.Evaluation;

namespace EventPro.Specs.Engine.Jsonata.Functions;

/// <summary>
/// Formats epoch milliseconds with a date/time picture ($fromMillis, $now), as the reference
/// implementation's formatDateTime does; the timezone is an offset like <c>+0100</c>.
/// </summary>
internal static class DateTimeFormatter
{
    /// <summary>Month names.</summary>
    public static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Day names, Monday = 1 to Sunday = 7 (index 0 unused).</summary>
    public static readonly string[] Days = [string.Empty, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    /// <summary>Formats <paramref name="millis"/>; the ISO 8601 picture when <paramref name="picture"/> is null.</summary>
    public static string Format(double millis, string? picture, string? timezone)
    {
        var offsetHours = 0;
        var offsetMinutes = 0;
        if (timezone is not null)
        {
            // The reference reads the offset with parseInt and splits it into hours and minutes
            // with floor and remainder (so "-0530" is read as -6 hours and -30 minutes).
            var offset = (int)(IntegerPicture.ParseLeadingInteger(timezone) ?? 0);
            offsetHours = (int)Math.Floor(offset / 100.0);
            offsetMinutes = offset % 100;
        }

        var spec = picture is null ? DateTimePicture.Iso8601 : DateTimePicture.Analyse(picture);
        var shifted = millis + (((60 * offsetHours) + offsetMinutes) * 60_000.0);
        var sb = new System.Text.StringBuilder();
        foreach (var part in spec.Parts)
        {
            sb.Append(part.IsLiteral ? part.LiteralText : FormatComponent(shifted, part, offsetHours, offsetMinutes));
        }

        return sb.ToString();
    }

    private static string FormatComponent(double millis, DateTimeMarker marker, int offsetHours, int offsetMinutes)
    {
        var component = marker.Component;
        if ("YMDdFWwXxHhmsf".Contains(component, StringComparison.Ordinal))
        {
            var value = (double)Fragment(millis, component)!;
            if (component == 'Y' && marker.N != -1)
            {
                value %= Math.Pow(10, marker.N);
            }

            if (marker.Names is { } names)
            {
                string name;
                if (component is 'M' or 'x')
                {
                    name = Months[(int)value - 1];
                }
                else if (component == 'F')
                {
                    name = Days[(int)value];
                }
                else
                {
                    throw JsonataErrors.WithValue("D3133", new JsonString(component.ToString()));
                }

                name = names switch
                {
                    LetterCase.Upper => name.ToUpperInvariant(),
                    LetterCase.Lower => name.ToLowerInvariant(),
                    _ => name,
                };
                if (marker.MaxWidth is { } max && name.Length > max)
                {
                    name = name[..max];
                }

                return name;
            }

            return marker.IntegerFormat!.Format(value);
        }

        if (component is 'Z' or 'z')
        {
            var offset = (offsetHours * 100) + offsetMinutes;
            var format = marker.IntegerFormat!;
            string text;
            if (format.Regular)
            {
                text = format.Format(offset);
            }
            else
            {
                var digits = format.MandatoryDigits;
                if (digits is 1 or 2)
                {
                    text = format.Format(offsetHours);
                    if (offsetMinutes != 0)
                    {
                        text += ":" + IntegerPicture.Analyse("00").Format(offsetMinutes);
                    }
                }
                else if (digits is 3 or 4)
                {
                    text = format.Format(offset);
                }
                else
                {
                    throw JsonataErrors.WithValue("D3134", JsonNumber.From(digits));
                }
            }

            if (offset >= 0)
            {
                text = "+" + text;
            }

            if (component == 'z')
            {
                text = "GMT" + text;
            }

            if (offset == 0 && marker.Presentation2 == "t")
            {
                text = "Z";
            }

            return text;
        }

        if (component == 'P')
        {
            var ampm = (string)Fragment(millis, 'P')!;
            return marker.Names == LetterCase.Upper ? ampm.ToUpperInvariant() : ampm;
        }

        return Fragment(millis, component) as string ?? string.Empty;
    }

    /// <summary>The value of one component of an instant (reference: getDateTimeFragment).</summary>
    public static object? Fragment(double millis, char component)
    {
        var date = CalendarMath.ToDateTime(millis);
        switch (component)
        {
            case 'Y':
                return (double)date.Year;
            case 'M':
                return (double)date.Month;
            case 'D':
                return (double)date.Day;
            case 'd':
                return Math.Floor((millis - CalendarMath.Utc(date.Year, 0)) / CalendarMath.DayMillis) + 1;
            case 'F':
                var day = (int)date.DayOfWeek;
                return (double)(day == 0 ? 7 : day);
            case 'W':
                return (double)WeekOfYear(date);
            case 'w':
                return (double)WeekOfMonth(date);
            case 'X':
                return (double)IsoYear(millis, date);
            case 'x':
                return (double)IsoMonth(millis, date);
            case 'H':
                return (double)date.Hour;
            case 'h':
                var hour = date.Hour % 12;
                return (double)(hour == 0 ? 12 : hour);
            case 'P':
                return date.Hour >= 12 ? "pm" : "am";
            case 'm':
                return (double)date.Minute;
            case 's':
                return (double)date.Second;
            case 'f':
                return (double)date.Millisecond;
            case 'C' or 'E':
                return "ISO";
            default:
                return null;
        }
    }

    private static int WeekOfYear(DateTime date)
    {
        var start = CalendarMath.StartOfFirstWeek(date.Year, 0);
        var now = CalendarMath.Utc(date.Year, date.Month - 1, date.Day);
        var week = CalendarMath.DeltaWeeks(start, now);
        if (week > 52)
        {
            if (now >= CalendarMath.StartOfFirstWeek(date.Year + 1, 0))
            {
                week = 1;
            }
        }
        else if (week < 1)
        {
            week = CalendarMath.DeltaWeeks(CalendarMath.StartOfFirstWeek(date.Year - 1, 0), now);
        }

        return (int)Math.Floor(week);
    }

    private static int WeekOfMonth(DateTime date)
    {
        var month = date.Month - 1;
        var start = CalendarMath.StartOfFirstWeek(date.Year, month);
        var now = CalendarMath.Utc(date.Year, month, date.Day);
        var week = CalendarMath.DeltaWeeks(start, now);
        if (week > 4)
        {
            var (nextYear, nextMonth) = month == 11 ? (date.Year + 1, 0) : (date.Year, month + 1);
            if (now >= CalendarMath.StartOfFirstWeek(nextYear, nextMonth))
            {
                week = 1;
            }
        }
        else if (week < 1)
        {
            var (previousYear, previousMonth) = month == 0 ? (date.Year - 1, 11) : (date.Year, month - 1);
            week = CalendarMath.DeltaWeeks(CalendarMath.StartOfFirstWeek(previousYear, previousMonth), now);
        }

        return (int)Math.Floor(week);
    }

    private static int IsoYear(double millis, DateTime date)
    {
        if (millis < CalendarMath.StartOfFirstWeek(date.Year, 0))
        {
            return date.Year - 1;
        }

        return millis >= CalendarMath.StartOfFirstWeek(date.Year + 1, 0) ? date.Year + 1 : date.Year;
    }

    private static int IsoMonth(double millis, DateTime date)
    {
        var month = date.Month - 1;
        var (nextYear, nextMonth) = month == 11 ? (date.Year + 1, 0) : (date.Year, month + 1);
        if (millis < CalendarMath.StartOfFirstWeek(date.Year, month))
        {
            return month == 0 ? 12 : month;
        }

        return millis >= CalendarMath.StartOfFirstWeek(nextYear, nextMonth) ? nextMonth + 1 : month + 1;
    }
}
