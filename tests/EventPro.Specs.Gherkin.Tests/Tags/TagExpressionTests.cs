using EventPro.Specs.Gherkin.Tags;

namespace EventPro.Specs.Gherkin.Tests.Tags;

public class TagExpressionTests
{
    [Theory]
    [InlineData("@a", "a", true)]
    [InlineData("a", "a", true)]
    [InlineData("@A", "a", true)]
    [InlineData("@a", "b", false)]
    [InlineData("@a and not @b", "a", true)]
    [InlineData("@a and not @b", "a b", false)]
    [InlineData("@a or @b and @c", "a", true)]
    [InlineData("(@a or @b) and @c", "a", false)]
    [InlineData("not @a or @b", "a b", true)]
    [InlineData("not (@a or @b)", "c", true)]
    [InlineData("@wip\\(1\\)", "wip(1)", true)]
    public void Evaluate_Expression_FollowsCucumberPrecedence(string expression, string tags, bool expected)
    {
        var tagSet = tags.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(expected, TagExpression.Parse(expression).Evaluate(tagSet));
    }

    [Theory]
    [InlineData("")]
    [InlineData("@a and")]
    [InlineData("(@a or @b")]
    [InlineData("@a @b")]
    [InlineData("and @a")]
    public void Parse_Malformed_ThrowsFormatException(string expression)
    {
        Assert.Throws<FormatException>(() => TagExpression.Parse(expression));
    }

    [Fact]
    public void Evaluate_DeMorgan_HoldsForEveryTagSet()
    {
        var negatedOr = TagExpression.Parse("not (@a or @b)");
        var andOfNots = TagExpression.Parse("not @a and not @b");
        var property = FsCheck.Fluent.Prop.ForAll<bool, bool, bool>((hasA, hasB, hasC) =>
        {
            var tags = new[] { hasA ? "a" : null, hasB ? "b" : null, hasC ? "c" : null }.OfType<string>().ToArray();
            return negatedOr.Evaluate(tags) == andOfNots.Evaluate(tags) && negatedOr.Evaluate(tags) == (!hasA && !hasB);
        });

        FsCheck.Check.One(FsCheck.Config.QuickThrowOnFailure, property);
    }
}
