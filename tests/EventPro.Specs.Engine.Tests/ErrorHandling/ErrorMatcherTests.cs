using EventPro.Specs.Engine.ErrorHandling;

namespace EventPro.Specs.Engine.Tests.ErrorHandling;

public class ErrorMatcherTests
{
    [Theory]
    [InlineData("States.ALL", "PaymentDeclined", true)]
    [InlineData("States.ALL", "States.Timeout", true)]
    [InlineData("States.ALL", "States.DataLimitExceeded", false)]
    [InlineData("States.ALL", "States.Runtime", false)]
    [InlineData("States.TaskFailed", "Lambda.ServiceException", true)]
    [InlineData("States.TaskFailed", "States.Timeout", false)]
    [InlineData("States.TaskFailed", "States.HeartbeatTimeout", false)]
    [InlineData("States.Timeout", "States.HeartbeatTimeout", true)]
    [InlineData("States.HeartbeatTimeout", "States.Timeout", false)]
    [InlineData("States.DataLimitExceeded", "States.DataLimitExceeded", true)]
    [InlineData("States.Runtime", "States.Runtime", false)]
    [InlineData("PaymentDeclined", "paymentdeclined", false)]
    public void Matches_FollowsAwsWildcardRules(string errorEquals, string error, bool expected) =>
        Assert.Equal(expected, ErrorMatcher.Matches([errorEquals], error));
}
