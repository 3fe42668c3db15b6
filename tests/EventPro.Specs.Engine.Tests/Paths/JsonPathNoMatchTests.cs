using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Paths;

namespace EventPro.Specs.Engine.Tests.Paths;

public class JsonPathNoMatchTests
{
    private static readonly JsonValue Doc = JsonValue.Parse("""{"a":{"b":"text","list":[1]},"n":null}""");

    [Theory]
    [InlineData("$.NoSuchInputPath", "No results for path: $['NoSuchInputPath']")]
    [InlineData("$.a.c", "No results for path: $['a']['c']")]
    [InlineData("$.x.y.z", "Missing property in path $['x']")]
    [InlineData("$.a.x.y", "Missing property in path $['a']['x']")]
    [InlineData("$.a.list[3]", "No results for path: $['a']['list'][3]")]
    [InlineData("$.a.b.c", "Expected to find an object with property ['c'] in path $['a']['b'] but found 'string'.")]
    [InlineData("$.n.c", "Expected to find an object with property ['c'] in path $['n'] but found 'null'.")]
    [InlineData("$.n[0]", "The path $['n'] is null")]
    [InlineData("$.a[0]", "Filter: [0] can only be applied to arrays. Current context is: {\"b\":\"text\",\"list\":[1]}")]
    public void ExplainNoMatch_UsesJaywayWording(string path, string expected) =>
        Assert.Equal(expected, JsonPath.Parse(path).ExplainNoMatch(Doc));
}
