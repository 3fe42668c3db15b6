using EventPro.Specs.Engine.Paths;

namespace EventPro.Specs.Engine.Tests.Paths;

public class JsonPathParseTests
{
    [Theory]
    [InlineData("$", "$")]
    [InlineData("$.a.b", "$['a']['b']")]
    [InlineData("$['a b'][0]", "$['a b'][0]")]
    [InlineData("$[\"a\"].c", "$['a']['c']")]
    [InlineData("$.delivery-partner", "$['delivery-partner']")]
    [InlineData("$.abc.['def ghi']", "$['abc']['def ghi']")]
    [InlineData("$.items[-1]", "$['items'][-1]")]
    [InlineData("$.a.length()", "$['a'].length()")]
    [InlineData("$['a','b']", "$['a','b']")]
    [InlineData("$..name", "$..['name']")]
    [InlineData("$.a[1:3]", "$['a'][1:3]")]
    [InlineData("$.a[:2]", "$['a'][:2]")]
    [InlineData("$.a[-2:]", "$['a'][-2:]")]
    [InlineData("$.a[0, 2]", "$['a'][0,2]")]
    [InlineData("$.a.*", "$['a'][*]")]
    [InlineData("$.a[?(@.x < 1)]", "$['a'][?]")]
    public void Parse_ValidPath_NormalisesLikeJayway(string text, string normalized)
    {
        var path = JsonPath.Parse(text);
        Assert.Equal(text, path.Text);
        Assert.Equal(normalized, path.NormalizedText);
    }

    [Theory]
    [InlineData("$", true)]
    [InlineData("$.a['b'][0]", true)]
    [InlineData("$['a','b']", true)]
    [InlineData("$.a.length()", true)]
    [InlineData("$..a.length()", true)]
    [InlineData("$.a[*]", false)]
    [InlineData("$.a.*", false)]
    [InlineData("$..a", false)]
    [InlineData("$.a[0,1]", false)]
    [InlineData("$.a[1:]", false)]
    [InlineData("$.a[?(@.b)]", false)]
    [InlineData("$['a','b'].c", false)]
    public void IsDefinite_FollowsJaywayTokens(string text, bool definite) =>
        Assert.Equal(definite, JsonPath.Parse(text).IsDefinite);

    [Theory]
    [InlineData("$", true)]
    [InlineData("$.a.b", true)]
    [InlineData("$['a'][3].b", true)]
    [InlineData("$.a[-1]", false)]
    [InlineData("$.a[*]", false)]
    [InlineData("$..a", false)]
    [InlineData("$['a','b']", false)]
    [InlineData("$.a.length()", false)]
    [InlineData("$.a[1:2]", false)]
    public void IsReferencePath_OnlyNamesAndIndexes(string text, bool reference) =>
        Assert.Equal(reference, JsonPath.Parse(text).IsReferencePath);

    [Theory]
    [InlineData("", 0, "must start with '$'")]
    [InlineData("a.b", 0, "must start with '$'")]
    [InlineData("$.", 1, "must not end with '.'")]
    [InlineData("$.a..", 3, "must not end with '..'")]
    [InlineData("$.a b", 3, "bracket notation")]
    [InlineData("$[", 1, "unclosed '['")]
    [InlineData("$['a", 2, "unclosed quoted property name")]
    [InlineData("$['a'", 1, "unclosed '['")]
    [InlineData("$['a' 'b']", 6, "expected ']'")]
    [InlineData("$[x]", 2, "unexpected character 'x'")]
    [InlineData("$[1:2:3]", 2, "no step")]
    [InlineData("$[1.5]", 2, "not an array index")]
    [InlineData("$.a.nope()", 4, "unknown function")]
    [InlineData("$.a.length(1)", 11, "takes no arguments")]
    [InlineData("$.a.length().b", 12, "must be the last step")]
    [InlineData("$..length()", 3, "cannot follow '..'")]
    [InlineData("$a", 1, "unexpected character 'a'")]
    [InlineData("$...a", 3, "unexpected character '.'")]
    [InlineData("$[?(@.a < )]", 10, "missing operand")]
    [InlineData("$[?(@.a ~~ 1)]", 8, "comparison operator")]
    [InlineData("$[?(1)]", 4, "needs a path or a comparison")]
    [InlineData("$[?(@.a =~ 'x')]", 11, "expected /regex/")]
    [InlineData("$[?(/x/ == 1)]", 4, "may only follow =~")]
    [InlineData("$[?(@.a =~ /[/)]", 11, "invalid regular expression")]
    [InlineData("$[?(@.a", 2, "unclosed filter")]
    public void Parse_InvalidPath_NamesTheProblemAndPosition(string text, int position, string problem)
    {
        var e = Assert.Throws<PathSyntaxException>(() => JsonPath.Parse(text));
        Assert.Equal(position, e.Position);
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
        Assert.Contains($"'{text}'", e.Message, StringComparison.Ordinal);
        Assert.Contains($"position {position}", e.Message, StringComparison.Ordinal);
    }
}
