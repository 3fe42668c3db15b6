using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Tests.Integrations;

/// <summary>The errors AWS's SendTaskSuccess, SendTaskFailure and SendTaskHeartbeat give for tokens no task waits on.</summary>
public class TaskTokensTests
{
    private static readonly string WellFormedUnknown = Convert.ToBase64String(new byte[96]);

    [Fact]
    public void NotAToken_IsInvalidToken()
    {
        var tokens = new TaskTokens();

        Assert.Equal(TaskTokenException.InvalidToken, Assert.Throws<TaskTokenException>(() => tokens.SendTaskSuccess("made-up-token", JsonObject.Empty)).Code);
        Assert.Equal(TaskTokenException.InvalidToken, Assert.Throws<TaskTokenException>(() => tokens.SendTaskFailure("made-up-token", "E", null)).Code);
        Assert.Equal(TaskTokenException.InvalidToken, Assert.Throws<TaskTokenException>(() => tokens.SendTaskHeartbeat("made-up-token")).Code);
    }

    [Fact]
    public void WellFormedTokenNobodyWasGiven_IsTaskDoesNotExist()
    {
        var tokens = new TaskTokens();

        Assert.Equal(TaskTokenException.TaskDoesNotExist, Assert.Throws<TaskTokenException>(() => tokens.SendTaskSuccess(WellFormedUnknown, JsonObject.Empty)).Code);
        Assert.Equal(TaskTokenException.TaskDoesNotExist, Assert.Throws<TaskTokenException>(() => tokens.SendTaskHeartbeat(WellFormedUnknown)).Code);
    }

    [Fact]
    public void SendTaskSuccessJson_OutputNotJson_IsInvalidOutput_BeforeTheTokenIsLookedAt()
    {
        var e = Assert.Throws<TaskTokenException>(() => new TaskTokens().SendTaskSuccessJson("made-up-token", "{no"));

        Assert.Equal(TaskTokenException.InvalidOutput, e.Code);
        Assert.StartsWith("Invalid Output: '", e.AwsMessage, StringComparison.Ordinal);
        Assert.Contains("line 1", e.AwsDetail, StringComparison.Ordinal);
    }

    [Fact]
    public void SendTaskSuccessJson_JsonText_ReachesTheTokenCheck()
    {
        var e = Assert.Throws<TaskTokenException>(() => new TaskTokens().SendTaskSuccessJson(WellFormedUnknown, "{\"ok\":true}"));

        Assert.Equal(TaskTokenException.TaskDoesNotExist, e.Code);
        Assert.Equal("Task Does Not Exist: 'Provided task does not exist'", e.AwsMessage);
    }

    [Theory]
    [InlineData("AAAA", false)]
    [InlineData("", false)]
    public void IsWellFormed_OnlyBase64OfTheTokenLength(string text, bool expected) =>
        Assert.Equal(expected, TaskTokens.IsWellFormed(text));

    [Fact]
    public void IsWellFormed_TokenLengthBase64_IsWellFormed() => Assert.True(TaskTokens.IsWellFormed(WellFormedUnknown));

    [Fact]
    public void RespondTo_ReplacesTheStatesResponder()
    {
        var tokens = new TaskTokens().RespondTo("S", CallbackResponse.Never).RespondTo("S", CallbackResponse.Succeeds(JsonObject.Empty, TimeSpan.FromSeconds(1)));

        Assert.NotNull(tokens.ResponderFor("S")!.Answer);
        Assert.Null(tokens.ResponderFor("Other"));
    }
}
