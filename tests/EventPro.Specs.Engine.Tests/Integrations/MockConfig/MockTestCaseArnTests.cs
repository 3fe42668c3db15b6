using EventPro.Specs.Engine.Integrations.MockConfig;

namespace EventPro.Specs.Engine.Tests.Integrations.MockConfig;

public class MockTestCaseArnTests
{
    [Fact]
    public void Parse_ArnWithTestCase_SplitsArnNameAndTestCase()
    {
        var arn = MockTestCaseArn.Parse("arn:aws:states:us-east-1:123456789012:stateMachine:LambdaSQSIntegration#HappyPath");

        Assert.Equal("arn:aws:states:us-east-1:123456789012:stateMachine:LambdaSQSIntegration", arn.StateMachineArn);
        Assert.Equal("LambdaSQSIntegration", arn.StateMachineName);
        Assert.Equal("HappyPath", arn.TestCase);
        Assert.Equal("arn:aws:states:us-east-1:123456789012:stateMachine:LambdaSQSIntegration#HappyPath", arn.ToString());
    }

    [Fact]
    public void Parse_OtherPartition_IsAccepted()
    {
        var arn = MockTestCaseArn.Parse("arn:aws-cn:states:cn-north-1:123456789012:stateMachine:checkout-saga#PaymentDeclined");

        Assert.Equal("checkout-saga", arn.StateMachineName);
        Assert.Equal("PaymentDeclined", arn.TestCase);
    }

    [Theory]
    [InlineData("arn:aws:states:us-east-1:123456789012:stateMachine:LambdaSQSIntegration", "no '#'")]
    [InlineData("arn:aws:states:us-east-1:123456789012:stateMachine:LambdaSQSIntegration#", "empty")]
    [InlineData("arn:aws:states:us-east-1:123456789012:stateMachine:A#B#C", "another '#'")]
    [InlineData("arn:aws:states:us-east-1:123456789012:execution:A:run-1#HappyPath", "stateMachine:<name>")]
    [InlineData("arn:aws:lambda:us-east-1:123456789012:stateMachine:A#HappyPath", "stateMachine:<name>")]
    [InlineData("LambdaSQSIntegration#HappyPath", "stateMachine:<name>")]
    [InlineData("arn:aws:states:us-east-1:123456789012:stateMachine:#HappyPath", "stateMachine:<name>")]
    public void Parse_Malformed_ThrowsFormatExceptionSayingWhy(string text, string reason)
    {
        var e = Assert.Throws<FormatException>(() => MockTestCaseArn.Parse(text));

        Assert.Contains(text, e.Message, StringComparison.Ordinal);
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.False(MockTestCaseArn.TryParse(text, out var none));
        Assert.Null(none);
    }

    [Fact]
    public void TryParse_Valid_ReturnsTrueAndTheArn()
    {
        Assert.True(MockTestCaseArn.TryParse("arn:aws:states:eu-west-1:000000000000:stateMachine:M#T", out var arn));
        Assert.Equal(new MockTestCaseArn("arn:aws:states:eu-west-1:000000000000:stateMachine:M", "M", "T"), arn);
    }
}
