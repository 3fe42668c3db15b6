using EventPro.Specs.Server.Protocol;

namespace EventPro.Specs.Server.Tests.Protocol;

public class PageTokenTests
{
    [Fact]
    public void Decode_TokenOfTheSameRequest_GivesThePositionBack()
    {
        var token = PageToken.Encode("ListExecutions|arn|", 42);

        Assert.Equal(42, PageToken.Decode(token, "ListExecutions|arn|"));
    }

    [Fact]
    public void Property_EveryPositionAndScope_RoundTrips()
    {
        var property = FsCheck.Fluent.Prop.ForAll<long, string>((position, scope) =>
        {
            var p = Math.Abs(position % long.MaxValue);
            var s = scope ?? string.Empty;
            return PageToken.Decode(PageToken.Encode(s, p), s) == p;
        });

        FsCheck.Check.One(FsCheck.Config.QuickThrowOnFailure, property);
    }

    [Theory]
    [InlineData("!!!")]
    [InlineData("ZXBzMXx4fHk")]
    [InlineData("")]
    public void Decode_NotOneOfOurs_IsInvalidToken(string token) =>
        Assert.Equal("InvalidToken", Assert.Throws<ApiException>(() => PageToken.Decode(token, "scope")).Code);

    [Fact]
    public void Decode_TokenOfAnotherRequest_IsInvalidToken()
    {
        var token = PageToken.Encode("ListExecutions|a|SUCCEEDED|", 1);

        var e = Assert.Throws<ApiException>(() => PageToken.Decode(token, "ListExecutions|a|FAILED|"));

        Assert.Contains("other arguments", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, 100)]
    [InlineData(0, 100)]
    [InlineData(7, 7)]
    public void PageSize_ZeroOrAbsent_IsTheDefault(int? maxResults, int expected) => Assert.Equal(expected, PageToken.PageSize(maxResults));
}
