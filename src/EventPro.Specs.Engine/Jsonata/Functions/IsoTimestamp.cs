using System.Globalization;
using System.Text.RegularExpressions;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata.Evaluation;

namespace EventPro.Specs.Engine.Jsonata.Functions;

/// <summary>
/// $toMillis without a picture: the timestamp must match the reference's ISO 8601 pattern (else
/// D3110) and is then read as JavaScript's Date.parse reads it; a timestamp without an offset is
/// UTC (Step Functions runs in UTC).
/// </summary>
internal static partial class IsoTimestamp
{
    /// <summary>The instant a timestamp denotes.</summary>
    public static double Parse(string timestamp)
    {
        if (!ReferencePattern().IsMatch(timestamp))
        {
            throw JsonataErrors.WithValue("D3110", new JsonString(timestamp));
        }

        var match = Fields().Match(timestamp);
        if (!match.Success)
        {
            throw JsonataErrors.WithValue("D3110", new JsonString(timestamp));
        }

        double Field(string name, double fallback) =>
            match.Groups[name].Success ? double.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : fallback;

        var millis = CalendarMath.Utc(Field("y", 1970), Field("mo", 1) - 1, Field("d", 1), Field("h", 0), Field("mi", 0), Field("s", 0));
        if (match.Groups["f"].Success)
        {
            // JavaScript keeps milliseconds and drops further digits.
            var fraction = (match.Groups["f"].Value + "00").AsSpan(0, 3);
            millis += int.Parse(fraction, CultureInfo.InvariantCulture);
        }

        if (match.Groups["oh"].Success)
        {
            var offset = (Field("oh", 0) * 60) + Field("om", 0);
            millis -= (match.Groups["sign"].Value == "-" ? -offset : offset) * 60_000;
        }

        return millis;
    }

    // jsonata-js: /^\d{4}(-[01]\d)*(-[0-3]\d)*(T[0-2]\d:[0-5]\d:[0-5]\d)*(\.\d+)?([+-][0-2]\d:?[0-5]\d|Z)?$/
    [GeneratedRegex(@"^\d{4}(-[01]\d)*(-[0-3]\d)*(T[0-2]\d:[0-5]\d:[0-5]\d)*(\.\d+)?([+-][0-2]\d:?[0-5]\d|Z)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"^(?<y>\d{4})(-(?<mo>\d\d)(-(?<d>\d\d))?)?(T(?<h>\d\d):(?<mi>\d\d):(?<s>\d\d))?(\.(?<f>\d+))?((?<sign>[+-])(?<oh>\d\d):?(?<om>\d\d)|Z)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Fields();
}
