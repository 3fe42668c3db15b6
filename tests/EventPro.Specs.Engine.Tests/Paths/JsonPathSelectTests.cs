using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Paths;

namespace EventPro.Specs.Engine.Tests.Paths;

public class JsonPathSelectTests
{
    private static readonly JsonValue Store = JsonValue.Parse("""
        {"store":{"book":[
          {"category":"reference","author":"Nigel Rees","title":"Sayings","price":8.95},
          {"category":"fiction","author":"Evelyn Waugh","title":"Sword","price":12.99},
          {"category":"fiction","author":"Herman Melville","title":"Moby Dick","isbn":"0-553-21311-3","price":8.99},
          {"category":"fiction","author":"J. R. R. Tolkien","title":"Lord","isbn":"0-395-19395-8","price":22.99}],
          "bicycle":{"color":"red","price":19.95}},
         "expensive":10,"a b":{"c":null}}
        """);

    private static string Select(string path) => JsonPath.Parse(path).Select(Store)?.ToJson() ?? "<nothing>";

    [Theory]
    [InlineData("$.expensive", "10")]
    [InlineData("$.store.bicycle.color", "\"red\"")]
    [InlineData("$['a b'].c", "null")]
    [InlineData("$.store.book[1].author", "\"Evelyn Waugh\"")]
    [InlineData("$.store.book[-1].title", "\"Lord\"")]
    [InlineData("$.store.bicycle['color','price']", "{\"color\":\"red\",\"price\":19.95}")]
    [InlineData("$.store.bicycle['color','nope']", "{\"color\":\"red\"}")]
    [InlineData("$.nope", "<nothing>")]
    [InlineData("$.nope.deeper", "<nothing>")]
    [InlineData("$.store.book[10]", "<nothing>")]
    [InlineData("$.expensive.x", "<nothing>")]
    [InlineData("$.store[0]", "<nothing>")]
    public void Select_DefinitePath_GivesTheValueOrNothing(string path, string expected) => Assert.Equal(expected, Select(path));

    [Theory]
    [InlineData("$.store.book[*].author", "[\"Nigel Rees\",\"Evelyn Waugh\",\"Herman Melville\",\"J. R. R. Tolkien\"]")]
    [InlineData("$.store.book[0,2].title", "[\"Sayings\",\"Moby Dick\"]")]
    [InlineData("$.store.book[0,9].title", "[\"Sayings\"]")]
    [InlineData("$.store.book[1:3].title", "[\"Sword\",\"Moby Dick\"]")]
    [InlineData("$.store.book[:2].title", "[\"Sayings\",\"Sword\"]")]
    [InlineData("$.store.book[-2:].title", "[\"Moby Dick\",\"Lord\"]")]
    [InlineData("$.store.book[2:99].title", "[\"Moby Dick\",\"Lord\"]")]
    [InlineData("$.store.bicycle.*", "[\"red\",19.95]")]
    [InlineData("$.store.book[*].isbn", "[\"0-553-21311-3\",\"0-395-19395-8\"]")]
    [InlineData("$..price", "[8.95,12.99,8.99,22.99,19.95]")]
    [InlineData("$..book[2].title", "[\"Moby Dick\"]")]
    [InlineData("$.store..color", "[\"red\"]")]
    [InlineData("$.nope[*]", "[]")]
    [InlineData("$['store','expensive']..color", "[\"red\"]")]
    public void Select_IndefinitePath_GivesAllMatchesInDocumentOrder(string path, string expected) => Assert.Equal(expected, Select(path));

    [Fact]
    public void Select_DeepWildcard_VisitsEveryValueBelowTheRootDepthFirst()
    {
        var doc = JsonValue.Parse("""{"a":[1,{"b":2}],"c":3}""");
        Assert.Equal("[[1,{\"b\":2}],3,1,{\"b\":2},2]", JsonPath.Parse("$..*").Select(doc)!.ToJson());
    }

    [Fact]
    public void Select_Root_ReturnsTheSameInstance()
    {
        Assert.Same(Store, JsonPath.Parse("$").Select(Store));
        Assert.Same(Store, JsonPath.Root.Select(Store));
    }

    [Fact]
    public void Select_DefinitePath_SharesTheSelectedSubtree()
    {
        var bicycle = ((JsonObject)((JsonObject)Store)["store"])["bicycle"];
        Assert.Same(bicycle, JsonPath.Parse("$.store.bicycle").Select(Store));
    }

    [Fact]
    public void Select_CompiledPath_CanBeReusedOnManyDocuments()
    {
        var path = JsonPath.Parse("$.x[0]");
        Assert.Equal(JsonNumber.From(1), path.Select(JsonValue.Parse("{\"x\":[1]}")));
        Assert.Equal(new JsonString("b"), path.Select(JsonValue.Parse("{\"x\":[\"b\",\"c\"]}")));
        Assert.Null(path.Select(JsonValue.Parse("{\"x\":[]}")));
    }
}
