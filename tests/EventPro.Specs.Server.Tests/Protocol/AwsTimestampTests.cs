using EventPro.Specs.Server.Protocol;

namespace EventPro.Specs.Server.Tests.Protocol;

public class AwsTimestampTests
{
    [Fact]
    public void From_Time_IsEpochSecondsWithMilliseconds()
    {
        var time = new DateTimeOffset(2026, 1, 1, 0, 0, 0, 123, TimeSpan.Zero);

        Assert.Equal("1767225600.123", AwsTimestamp.From(time).ToJson());
    }

    [Fact]
    public void From_WholeSecond_HasNoFraction() =>
        Assert.Equal("1767225600", AwsTimestamp.From(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)).ToJson());
}
