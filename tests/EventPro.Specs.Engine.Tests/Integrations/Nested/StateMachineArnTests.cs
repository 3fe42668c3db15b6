using EventPro.Specs.Engine.Integrations.Nested;

namespace EventPro.Specs.Engine.Tests.Integrations.Nested;

public class StateMachineArnTests
{
    [Fact]
    public void TryParse_PlainArn_GivesRegionAccountAndName()
    {
        var arn = StateMachineArn.TryParse("arn:aws:states:eu-west-1:111122223333:stateMachine:fulfilment");

        Assert.NotNull(arn);
        Assert.Equal(("eu-west-1", "111122223333", "fulfilment", (string?)null), (arn.Region, arn.Account, arn.Name, arn.Qualifier));
    }

    [Fact]
    public void TryParse_VersionOrAliasArn_KeepsTheQualifierAndUnqualifies()
    {
        var arn = StateMachineArn.TryParse("arn:aws:states:us-east-1:123456789012:stateMachine:fulfilment:prod");

        Assert.Equal("prod", arn!.Qualifier);
        Assert.Equal("arn:aws:states:us-east-1:123456789012:stateMachine:fulfilment", arn.Unqualified);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("fulfilment")]
    [InlineData("arn:aws:states:us-east-1:123456789012:execution:fulfilment:run-1")]
    [InlineData("arn:aws:lambda:us-east-1:123456789012:function:fulfilment")]
    [InlineData("arn:aws:states:us-east-1:123456789012:stateMachine:")]
    public void TryParse_NotAStateMachineArn_IsNull(string? text) => Assert.Null(StateMachineArn.TryParse(text));
}
