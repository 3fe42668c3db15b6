using System.Globalization;
using System.Text.RegularExpressions;

namespace EventPro.Specs.Engine.Time;

/// <summary>
/// Timestamps as the ASL spec defines them: RFC 3339 date-times with an uppercase <c>T</c>, a time
/// zone (<c>Z</c> or an offset) and optional fractional seconds, e.g. <c>2016-03-14T01:59:00Z</c>.
/// </summary>
public static partial class Timestamps
{
    /// <summary>Parses an ASL timestamp; false when the text is not one.</summary>
    public static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        if (!Rfc3339().IsMatch(text))
        {
            return false;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out value);
    }

    /// <summary>Formats a time as AWS writes timestamps in the Context object (UTC, milliseconds, Z).</summary>
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();
}
