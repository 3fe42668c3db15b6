using EventPro.Specs.Gherkin.Expressions;
using EventPro.Specs.Gherkin.Registry;

namespace EventPro.Specs.Gherkin.Tests.Expressions;

public class CucumberExpressionTests
{
    private static readonly ParameterTypeRegistry BuiltIns = new([]);

    private static IReadOnlyList<string>? Match(string expression, string text, params Type[] methodParameters) =>
        CucumberExpression.Compile(expression, BuiltIns, methodParameters).Match(text)?.Select(a => a.Text).ToArray();

    [Theory]
    [InlineData("I have {int} cucumbers", "I have 42 cucumbers", "42")]
    [InlineData("I have {int} cucumbers", "I have -3 cucumbers", "-3")]
    [InlineData("it costs {float}", "it costs 2.5", "2.5")]
    [InlineData("it costs {decimal}", "it costs .5", ".5")]
    [InlineData("a user {word}", "a user Marvin", "Marvin")]
    [InlineData("a user {string}", "a user \"Zaphod Beeblebrox\"", "Zaphod Beeblebrox")]
    [InlineData("a user {string}", "a user 'Zaphod Beeblebrox'", "Zaphod Beeblebrox")]
    [InlineData("a user {string}", "a user \"say \\\"hi\\\"\"", "say \"hi\"")]
    [InlineData("a user {string}", "a user \"\"", "")]
    [InlineData("anything {}", "anything goes here", "goes here")]
    public void Match_BuiltInParameter_CapturesValue(string expression, string text, string expected)
    {
        Assert.Equal([expected], Match(expression, text));
    }

    [Theory]
    [InlineData("I have {int} cucumbers", "I have many cucumbers")]
    [InlineData("I have {int} cucumbers", "I have 4 cucumbers today")]
    [InlineData("I have {int} cucumbers", "so I have 4 cucumbers")]
    [InlineData("a user {word}", "a user two words")]
    [InlineData("a user {string}", "a user Marvin")]
    public void Match_TextThatDoesNotFit_ReturnsNull(string expression, string text)
    {
        Assert.Null(Match(expression, text));
    }

    [Theory]
    [InlineData("I have {int} cucumber(s)", "I have 1 cucumber")]
    [InlineData("I have {int} cucumber(s)", "I have 2 cucumbers")]
    [InlineData("I eat/drink {int} item(s) today", "I drink 3 items today")]
    [InlineData("I eat/drink {int} item(s) today", "I eat 1 item today")]
    [InlineData("a (very large )order", "a order")]
    [InlineData("a (very large) order", "a very large order")]
    [InlineData("{int}st/nd/rd/th place", "2nd place")]
    public void Match_OptionalAndAlternativeText_Matches(string expression, string text)
    {
        Assert.NotNull(Match(expression, text));
    }

    [Theory]
    [InlineData(@"the path a\/b \(literal\) \{int\}", "the path a/b (literal) {int}")]
    [InlineData(@"a backslash \\ here", @"a backslash \ here")]
    [InlineData("price is $5.00 (approx.) [sic] ^x", "price is $5.00  [sic] ^x")]
    public void Match_EscapedAndRegexSpecialCharacters_AreLiteral(string expression, string text)
    {
        Assert.NotNull(Match(expression, text));
    }

    [Fact]
    public void Match_EnumNamedParameter_MatchesMembersIgnoringCase()
    {
        Assert.Equal(["red"], Match("a {Colour} car", "a red car", typeof(Colour)));
        Assert.Null(Match("a {Colour} car", "a purple car", typeof(Colour)));
    }

    [Fact]
    public void Compile_CustomParameterType_UsesItsRegex()
    {
        var method = typeof(CucumberExpressionTests).GetMethod(nameof(Version), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        var transformation = new ArgumentTransformationBinding(method, [], @"v(\d+\.\d+)", "my_version", TransformationInput.Text, typeof(Version));
        var registry = new ParameterTypeRegistry([transformation]);

        var pattern = CucumberExpression.Compile("release {my_version} ships", registry, []);

        var argument = Assert.Single(pattern.Match("release v1.2 ships")!);
        Assert.Equal("v1.2", argument.Text);
        Assert.Same(transformation, argument.ParameterType!.Transformation);
        Assert.Null(pattern.Match("release 1.2 ships"));
    }

    [Theory]
    [InlineData("a {color} car", "undefined parameter type {color}")]
    [InlineData("a (missing paren", "never closes it")]
    [InlineData("a missing) paren", "never opened")]
    [InlineData("a {int car", "never closes it")]
    [InlineData("an () empty optional", "empty optional text")]
    [InlineData("an ({int}) optional parameter", "a parameter inside optional text")]
    [InlineData("a /b alternative", "empty alternative")]
    [InlineData("trailing \\", "lone backslash")]
    public void Compile_InvalidExpression_ThrowsWithReason(string expression, string reason)
    {
        var error = Assert.Throws<StepPatternException>(() => CucumberExpression.Compile(expression, BuiltIns, []));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Contains(expression, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_IntegerParameter_CapturesEveryIntegerAndRejectsWordsWithLetters()
    {
        var pattern = CucumberExpression.Compile("take {int} steps", BuiltIns, []);
        var property = FsCheck.Fluent.Prop.ForAll<long, char>((number, letter) =>
        {
            var text = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var captured = pattern.Match($"take {text} steps")?.Single().Text == text;
            var rejected = !char.IsAsciiLetter(letter) || pattern.Match($"take {text}{letter} steps") is null;
            return captured && rejected;
        });

        FsCheck.Check.One(FsCheck.Config.QuickThrowOnFailure, property);
    }

    private static Version Version(string text) => System.Version.Parse(text);

    private enum Colour
    {
        Red,
        Green,
    }
}
