using EventPro.Specs.Engine.States.Choice;

namespace EventPro.Specs.Engine.Tests.States.Choice;

public class WildcardPatternTests
{
    [Theory]
    [InlineData("*.log", "server.log", true)]
    [InlineData("*.log", "server.log.gz", false)]
    [InlineData("log-*-2026", "log-jan-2026", true)]
    [InlineData("a*b*c", "axxbyyc", true)]
    [InlineData("a*b*c", "axxbyy", false)]
    [InlineData("*", "", true)]
    [InlineData(@"100\*", "100*", true)]
    [InlineData(@"100\*", "1000", false)]
    [InlineData(@"C:\\dir", @"C:\dir", true)]
    public void Matches_TreatsStarAsWildcardAndBackslashAsEscape(string pattern, string text, bool expected) =>
        Assert.Equal(expected, WildcardPattern.Matches(pattern, text));
}
