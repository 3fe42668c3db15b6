using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Paths;

namespace EventPro.Specs.Engine.Tests.Paths;

public class JsonPathFunctionTests
{
    private static readonly JsonValue Doc = JsonValue.Parse("""{"n":[1,2,3,"x",6],"o":{"a":1,"b":2},"s":"hello","e":[],"rows":[{"v":[1,2]},{"v":[3]}]}""");

    [Theory]
    [InlineData("$.n.length()", "5")]
    [InlineData("$.o.length()", "2")]
    [InlineData("$.s.length()", "5")]
    [InlineData("$.n.min()", "1.0")]
    [InlineData("$.n.max()", "6.0")]
    [InlineData("$.n.sum()", "12.0")]
    [InlineData("$.n.avg()", "3.0")]
    [InlineData("$.n.stddev()", "1.8708286933869707")]
    [InlineData("$.o.keys()", "[\"a\",\"b\"]")]
    [InlineData("$.n.first()", "1")]
    [InlineData("$.n.last()", "6")]
    public void Function_OnDefinitePath_GivesOneValue(string path, string expected) =>
        Assert.Equal(expected, JsonPath.Parse(path).Select(Doc)!.ToJson());

    [Theory]
    [InlineData("$.e.min()")]
    [InlineData("$.e.first()")]
    [InlineData("$.s.keys()")]
    [InlineData("$.nope.length()")]
    public void Function_WithoutAnAnswer_SelectsNothing(string path) => Assert.Null(JsonPath.Parse(path).Select(Doc));

    [Fact]
    public void Function_AfterIndefinitePath_AppliesToEachMatch() =>
        Assert.Equal("[2,1]", JsonPath.Parse("$.rows[*].v.length()").Select(Doc)!.ToJson());

    [Fact]
    public void Function_AfterDeepScan_AppliesToTheListOfMatches() =>
        Assert.Equal("2", JsonPath.Parse("$..v.length()").Select(Doc)!.ToJson());
}
