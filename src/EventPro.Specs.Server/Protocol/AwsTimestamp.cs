using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Server.Protocol;

/// <summary>
/// Timestamps as the AWS JSON protocol sends them: seconds since the Unix epoch as a JSON number
/// with a fractional part (millisecond precision), e.g. <c>1767225600.123</c>.
/// </summary>
public static class AwsTimestamp
{
    /// <summary>The JSON number of <paramref name="time"/>.</summary>
    public static JsonNumber From(DateTimeOffset time) => JsonNumber.From(time.ToUnixTimeMilliseconds() / 1000.0);
}
