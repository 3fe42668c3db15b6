using EventPro.Specs.Server.Protocol;

namespace EventPro.Specs.Server.Tests.Protocol;

public class ResourceArnTests
{
    [Fact]
    public void Parse_ExecutionArn_TakesItApart()
    {
        var arn = ResourceArn.Parse("arn:aws:states:eu-west-1:111122223333:execution:Orders:run-1");

        Assert.Equal(("aws", "eu-west-1", "111122223333", "execution"), (arn.Partition, arn.Region, arn.Account, arn.ResourceType));
        Assert.Equal(["Orders", "run-1"], arn.ResourceParts);
    }

    [Theory]
    [InlineData("not-an-arn", "Invalid ARN prefix: not-an-arn")]
    [InlineData("arn:aws:states:us-east-1:1", "Invalid ARN format: arn:aws:states:us-east-1:1")]
    [InlineData("arn:aws:states:us-east-1:1:stateMachine:", "Invalid ARN format: arn:aws:states:us-east-1:1:stateMachine:")]
    [InlineData("arn:aws:lambda:us-east-1:1:function:f", "Invalid ARN service: lambda")]
    public void Parse_Malformed_IsInvalidArnSayingWhy(string text, string detail)
    {
        var e = Assert.Throws<ApiException>(() => ResourceArn.Parse(text));

        Assert.Equal("InvalidArn", e.Code);
        Assert.Equal($"Invalid Arn: '{detail}'", e.Message);
    }

    [Fact]
    public void Parse_WrongResourceType_IsInvalidArnNamingTheType()
    {
        var e = Assert.Throws<ApiException>(() => ResourceArn.Parse("arn:aws:states:us-east-1:1:activity:a", ResourceArn.StateMachineType));

        Assert.Equal("Invalid Arn: 'Resource type not valid in this context: activity'", e.Message);
    }

    [Theory]
    [InlineData("arn:aws:iam::123456789012:role/service-role/sfn")]
    [InlineData("arn:aws-cn:logs:cn-north-1:1:log-group:g:*")]
    public void CheckAnyArn_ArnsOfOtherServices_AreAccepted(string text) => ResourceArn.CheckAnyArn(text);

    [Theory]
    [InlineData("role/sfn")]
    [InlineData("arn:aws:iam::1")]
    public void CheckAnyArn_NotAnArn_IsInvalidArn(string text) =>
        Assert.Equal("InvalidArn", Assert.Throws<ApiException>(() => ResourceArn.CheckAnyArn(text)).Code);

    [Fact]
    public void ForExpressExecution_AddsTheId() =>
        Assert.Equal("arn:aws:states:r:a:express:M:n:id", ResourceArn.ForExpressExecution("r", "a", "M", "n", "id"));
}
