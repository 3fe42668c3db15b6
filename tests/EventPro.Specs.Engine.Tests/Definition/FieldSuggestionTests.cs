using EventPro.Specs.Engine.Definition;

namespace EventPro.Specs.Engine.Tests.Definition;

public sealed class FieldSuggestionTests
{
    private static readonly string[] Known = ["Next", "End", "ResultPath", "Resource", "Comment", "TimeoutSeconds"];

    [Theory]
    [InlineData("Nxt", "Next")]
    [InlineData("next", "Next")]
    [InlineData("resultpath", "ResultPath")]
    [InlineData("Commment", "Comment")]
    [InlineData("TimeoutSecond", "TimeoutSeconds")]
    public void Closest_NearMiss_SuggestsTheField(string field, string expected) =>
        Assert.Equal(expected, FieldSuggestion.Closest(field, Known));

    [Theory]
    [InlineData("Foo")]
    [InlineData("Xy")]
    [InlineData("Parameters")]
    public void Closest_NothingClose_SuggestsNothing(string field) =>
        Assert.Null(FieldSuggestion.Closest(field, Known));
}
