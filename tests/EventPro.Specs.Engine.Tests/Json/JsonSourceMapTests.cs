using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Tests.Json;

public sealed class JsonSourceMapTests
{
    [Fact]
    public void Parse_RepeatedKey_IsRecordedWithItsPosition()
    {
        var map = new JsonSourceMap();

        var value = (JsonObject)JsonParser.Parse("{\n  \"a\": {\"x\": 1,\n  \"x\": 2}\n}", map);

        Assert.Equal(2, ((JsonNumber)((JsonObject)value["a"])["x"]).Value);
        Assert.Equal([("/a/x", 3, 3)], map.DuplicateKeys);
    }

    [Fact]
    public void Locate_PointerBelowARecordedValue_FallsBackToTheNearestAncestor()
    {
        var map = new JsonSourceMap();
        JsonParser.Parse("{\n  \"a\": {}\n}", map);

        Assert.Equal((2, 8), map.Locate("/a/missing/deeper"));
    }

    [Fact]
    public void Parse_NonAsciiText_CountsColumnsInCharactersNotBytes()
    {
        var map = new JsonSourceMap();

        JsonParser.Parse("{\"réservé\": 1, \"😀\": 2, \"x\": 3}", map);

        Assert.Equal((1, 13), map.Locate("/réservé"));
        Assert.Equal((1, 22), map.Locate("/😀"));
        Assert.Equal((1, 30), map.Locate("/x"));
    }

    [Fact]
    public void Parse_SyntaxErrorAfterNonAsciiText_IsLocatedInCharacters()
    {
        var e = Assert.Throws<JsonParseException>(() => JsonParser.Parse("{\n  \"café\": 1 \"x\": 2\n}", new JsonSourceMap()));

        Assert.Equal((2, 13), (e.Line, e.Column));
    }
}
