using EventPro.Specs.Engine.Integrations.MockConfig;

namespace EventPro.Specs.Engine.Tests.Integrations.MockConfig;

public class InvocationRangeTests
{
    [Theory]
    [InlineData("0", 0, 0)]
    [InlineData("3", 3, 3)]
    [InlineData("1-2", 1, 2)]
    [InlineData("0-0", 0, 0)]
    [InlineData("10-20", 10, 20)]
    public void TryParse_IndexOrRange_GivesInclusiveBounds(string key, int first, int last)
    {
        Assert.True(InvocationRange.TryParse(key, out var range, out var reason));
        Assert.Null(reason);
        Assert.Equal(new InvocationRange(first, last), range);
    }

    [Theory]
    [InlineData("", "is not an invocation index")]
    [InlineData("first", "is not an invocation index")]
    [InlineData("-1", "is not an invocation index")]
    [InlineData("1-", "is not an invocation index")]
    [InlineData("+1", "is not an invocation index")]
    [InlineData(" 1", "is not an invocation index")]
    [InlineData("1.5", "is not an invocation index")]
    [InlineData("1-2-3", "is not an invocation index")]
    [InlineData("99999999999", "is not an invocation index")]
    [InlineData("2-1", "ends before it starts")]
    public void TryParse_MalformedKey_FailsWithReason(string key, string expected)
    {
        Assert.False(InvocationRange.TryParse(key, out _, out var reason));
        Assert.Contains(expected, reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Contains_RangeBounds_AreInclusive()
    {
        var range = new InvocationRange(1, 2);

        Assert.Equal([false, true, true, false], Enumerable.Range(0, 4).Select(range.Contains));
    }

    [Fact]
    public void ToString_IndexAndRange_WritesTheKey()
    {
        Assert.Equal("3", new InvocationRange(3, 3).ToString());
        Assert.Equal("1-2", new InvocationRange(1, 2).ToString());
    }
}
