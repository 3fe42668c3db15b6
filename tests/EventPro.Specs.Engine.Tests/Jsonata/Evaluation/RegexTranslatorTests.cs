using EventPro.Specs.Engine.Jsonata.Evaluation;

namespace EventPro.Specs.Engine.Tests.Jsonata.Evaluation;

public class RegexTranslatorTests
{
    [Theory]
    [InlineData("$contains('a\\rb', /a.b/)", "false")]
    [InlineData("$contains('a\\u00e9b', /a.b/)", "true")]
    [InlineData("$contains('x\\n', /x$/)", "false")]
    [InlineData("$contains('x\\ny', /x$/m)", "true")]
    [InlineData("$contains('y\\rx', /^x/m)", "true")]
    [InlineData("$contains('\\u0663', /\\d/)", "false")]
    [InlineData("$contains('\\u00e9', /\\w/)", "false")]
    [InlineData("$contains('\\u00a0', /\\s/)", "true")]
    [InlineData("$contains('\\n', /[^]/)", "true")]
    [InlineData("$contains('abc', /[]/)", "false")]
    [InlineData("$contains('ABC', /b/i)", "true")]
    [InlineData("$contains('a-b', /a\\-b/)", "true")]
    [InlineData("$contains('a/b', /a\\/b/)", "true")]
    [InlineData("$contains('[x]', /[[]x]/)", "true")]
    public void Translate_JavaScriptPattern_MatchesAsJavaScriptWould(string expression, string expected) =>
        Assert.Equal(expected, JsonataEval.Json(expression));

    [Fact]
    public void Translate_NamedGroupsAndBackreferences_AreKept()
    {
        var pattern = RegexTranslator.Translate(@"(?<w>a)\k<w>(b)\2", multiline: false);
        Assert.Matches(new System.Text.RegularExpressions.Regex(pattern), "aabb");
    }
}
