using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Paths;

namespace EventPro.Specs.Engine.Tests.Paths;

public class JsonPathFilterTests
{
    private static readonly JsonValue Doc = JsonValue.Parse("""
        {"limit":10,"tags":["a","c"],
         "items":[
          {"id":1,"price":8,"name":"apple","tags":["a","b"],"ok":true,"code":"10"},
          {"id":2,"price":12,"name":"Banana","tags":[],"ok":false},
          {"id":3,"price":10,"name":"cherry","tags":["c"],"ok":null},
          {"id":4,"name":"date"}]}
        """);

    private static string Ids(string filter)
    {
        var matches = (JsonArray)JsonPath.Parse("$.items[?(" + filter + ")].id").Select(Doc)!;
        return string.Join(",", matches.Select(m => m.ToJson()));
    }

    [Theory]
    [InlineData("@.price < 10", "1")]
    [InlineData("@.price <= 10", "1,3")]
    [InlineData("@.price > 10", "2")]
    [InlineData("@.price >= 10", "2,3")]
    [InlineData("@.price == 12", "2")]
    [InlineData("@.price != 12", "1,3,4")]
    [InlineData("@.name == 'apple'", "1")]
    [InlineData("@.name == \"apple\"", "1")]
    [InlineData("@.name < 'b'", "1,2")]
    [InlineData("@.ok == true", "1")]
    [InlineData("@.ok == null", "3")]
    [InlineData("@.code == 10", "1")]
    [InlineData("@.code === 10", "")]
    [InlineData("@.code === '10'", "1")]
    [InlineData("@.price < $.limit", "1")]
    [InlineData("10 > @.price", "1")]
    public void Filter_Comparisons(string filter, string ids) => Assert.Equal(ids, Ids(filter));

    [Theory]
    [InlineData("@.price", "1,2,3")]
    [InlineData("@.ok", "1,2,3")]
    [InlineData("!@.price", "4")]
    [InlineData("@.price && @.price < 10 || @.id == 4", "1,4")]
    [InlineData("@.id == 1 || @.id == 2 && @.price > 100", "1")]
    [InlineData("(@.id == 1 || @.id == 2) && @.price > 10", "2")]
    [InlineData("!(@.id == 1)", "2,3,4")]
    public void Filter_ExistenceAndLogic(string filter, string ids) => Assert.Equal(ids, Ids(filter));

    [Theory]
    [InlineData("@.name =~ /a.*/", "1")]
    [InlineData("@.name =~ /b.*/i", "2")]
    [InlineData("@.name =~ /an/", "")]
    [InlineData("@.id in [1, 3]", "1,3")]
    [InlineData("@.name in ['date','apple']", "1,4")]
    [InlineData("@.id nin [1, 3]", "2,4")]
    [InlineData("@.id in $.missing", "")]
    [InlineData("@.tags contains 'b'", "1")]
    [InlineData("@.name contains 'err'", "3")]
    [InlineData("@.tags subsetof ['a','b','c']", "1,2,3")]
    [InlineData("@.tags anyof $.tags", "1,3")]
    [InlineData("@.tags noneof ['a','c']", "2")]
    [InlineData("@.tags size 2", "1")]
    [InlineData("@.name size 4", "4")]
    [InlineData("@.tags empty true", "2")]
    [InlineData("@.tags empty false", "1,3")]
    public void Filter_RegexMembershipAndSizeOperators(string filter, string ids) => Assert.Equal(ids, Ids(filter));

    [Fact]
    public void Filter_OnAnObject_SelectsTheObjectItselfWhenItMatches()
    {
        var doc = JsonValue.Parse("""{"a":{"x":1},"b":{"x":2}}""");
        Assert.Equal("[{\"x\":1}]", JsonPath.Parse("$.a[?(@.x == 1)]").Select(doc)!.ToJson());
        Assert.Equal("[]", JsonPath.Parse("$.b[?(@.x == 1)]").Select(doc)!.ToJson());
    }

    [Fact]
    public void Filter_AfterDeepScan_TestsEveryObjectOnce()
    {
        var doc = JsonValue.Parse("""{"k":1,"list":[{"k":1},{"k":2,"inner":{"k":1}}]}""");
        Assert.Equal("[{\"k\":1,\"list\":[{\"k\":1},{\"k\":2,\"inner\":{\"k\":1}}]},{\"k\":1},{\"k\":1}]", JsonPath.Parse("$..[?(@.k == 1)]").Select(doc)!.ToJson());
    }

    [Fact]
    public void Filter_WithFunctionInOperand_UsesTheFunctionValue()
    {
        Assert.Equal("1", Ids("@.tags.length() == 2"));
    }
}
