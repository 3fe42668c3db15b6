using EventPro.Specs.Server.Protocol;

namespace EventPro.Specs.Server.Tests.Protocol;

public class SigV4ScopeTests
{
    [Theory]
    [InlineData("AWS4-HMAC-SHA256 Credential=test/20260101/eu-west-1/states/aws4_request, SignedHeaders=host, Signature=x", "eu-west-1")]
    [InlineData("AWS4-HMAC-SHA256 Credential=AKIA/20260101/us-gov-west-1/states/aws4_request", "us-gov-west-1")]
    [InlineData("Bearer abc", null)]
    [InlineData(null, null)]
    [InlineData("", null)]
    public void Region_AuthorizationHeader_GivesTheSignedRegion(string? header, string? region) => Assert.Equal(region, SigV4Scope.Region(header));
}
