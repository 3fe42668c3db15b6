namespace EventPro.Specs.Engine.Jsonata.Functions;

/// <summary>
/// Calendar arithmetic on epoch milliseconds (UTC), as JavaScript's Date does it: Date.UTC with
/// overflowing fields, and the ISO 8601 week rules the reference applies to years and, as an
/// F&amp;O extension, to months (a week belongs to the period that holds its Thursday).
/// </summary>
internal static class CalendarMath
{
    /// <summary>Milliseconds in a day.</summary>
    public const double DayMillis = 8.64e7;

    private static readonly DateTime Epoch = new(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>JavaScript's Date.UTC: fields may overflow (month 12 is January of the next year).</summary>
    public static double Utc(double year, double month, double day = 1, double hour = 0, double minute = 0, double second = 0, double millisecond = 0)
    {
        var y = year + Math.Floor(month / 12);
        var m = ((month % 12) + 12) % 12;
        var daysToMonthStart = DaysFromEpoch((int)y, (int)m + 1, 1);
        return ((daysToMonthStart + day - 1) * DayMillis) + (hour * 3_600_000) + (minute * 60_000) + (second * 1000) + millisecond;
    }

    /// <summary>The UTC calendar fields of an instant.</summary>
    public static DateTime ToDateTime(double millis) => Epoch.AddMilliseconds(millis);

    /// <summary>JavaScript's getUTCDay: 0 for Sunday to 6 for Saturday.</summary>
    public static int DayOfWeek(double millis) => (int)ToDateTime(millis).DayOfWeek;

    /// <summary>The start of week 1 of a year (month 0) or month: the Monday of the week holding its first Thursday.</summary>
    public static double StartOfFirstWeek(int year, int month)
    {
        var first = Utc(year, month);
        var day = DayOfWeek(first);
        if (day == 0)
        {
            day = 7;
        }

        return day > 4 ? first + ((8 - day) * DayMillis) : first - ((day - 1) * DayMillis);
    }

    /// <summary>The week number of <paramref name="now"/> counted from <paramref name="start"/>.</summary>
    public static double DeltaWeeks(double start, double now) => ((now - start) / (DayMillis * 7)) + 1;

    private static double DaysFromEpoch(int year, int month, int day)
    {
        // Days from 1970-01-01 in the proleptic Gregorian calendar, for any year.
        var y = month <= 2 ? year - 1 : year;
        var era = (y >= 0 ? y : y - 399) / 400;
        var yoe = y - (era * 400);
        var doy = ((153 * (month + (month > 2 ? -3 : 9))) + 2) / 5 + day - 1;
        var doe = (yoe * 365) + (yoe / 4) - (yoe / 100) + doy;
        return (era * 146097.0) + doe - 719468;
    }
}
