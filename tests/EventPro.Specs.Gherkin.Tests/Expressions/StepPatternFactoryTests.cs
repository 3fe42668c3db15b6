using EventPro.Specs.Gherkin.Expressions;

namespace EventPro.Specs.Gherkin.Tests.Expressions;

public class StepPatternFactoryTests
{
    [Theory]
    [InlineData("^I have (\\d+) cucumbers", true)]
    [InlineData("I have (\\d+) cucumbers$", true)]
    [InlineData("I have {int} cucumbers", false)]
    [InlineData("I have (.*) cucumbers", true)]
    [InlineData("I have \\d+ cucumbers", true)]
    [InlineData("version 1\\.2", true)]
    [InlineData("I have cucumber(s)", false)]
    [InlineData("plain text", false)]
    public void IsRegex_ReqnrollHeuristics_Classify(string expression, bool isRegex)
    {
        Assert.Equal(isRegex, StepPatternFactory.IsRegex(expression));
    }

    [Fact]
    public void RegexPattern_WithoutAnchors_MatchesWholeTextOnly()
    {
        var pattern = new RegexStepPattern(@"I have (\d+) (.*)");

        Assert.Equal(["3", "apples"], pattern.Match("I have 3 apples")!.Select(a => a.Text));
        Assert.Null(pattern.Match("so I have 3 apples"));
        Assert.Equal(2, pattern.ArgumentCount);
    }

    [Fact]
    public void RegexPattern_OptionalGroupNotMatched_CapturesEmptyText()
    {
        var pattern = new RegexStepPattern(@"^I (don't )?pay$");

        Assert.Equal([string.Empty], pattern.Match("I pay")!.Select(a => a.Text));
        Assert.Equal(["don't "], pattern.Match("I don't pay")!.Select(a => a.Text));
    }

    [Fact]
    public void RegexPattern_Invalid_ThrowsStepPatternException()
    {
        var error = Assert.Throws<StepPatternException>(() => new RegexStepPattern("^I have (\\d+ cucumbers$"));

        Assert.Contains("is invalid", error.Message, StringComparison.Ordinal);
    }
}
