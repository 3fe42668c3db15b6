using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Tests.Json;

public class JsonValueTests
{
    [Theory]
    [InlineData("{\"b\":1,\"a\":[true,false,null,\"x\"]}")]
    [InlineData("[1.50,-0.0,12345678901234567890123]")]
    [InlineData("\"caf\u00e9 \\\"quoted\\\" \\n\"")]
    public void Parse_ThenToJson_RoundTripsTheText(string text)
        => Assert.Equal(text, JsonValue.Parse(text).ToJson());

    [Fact]
    public void Parse_NumberBeyondDoubleRange_IsRefusedWithItsPosition()
    {
        // Infinity is not a JSON number; refusing beats producing a value that cannot be written back.
        var e = Assert.Throws<JsonParseException>(() => JsonValue.Parse("[1,\n 1e999]"));
        Assert.Equal((2, 2), (e.Line, e.Column));
    }

    [Fact]
    public void Equals_NumbersCompareByValueAndObjectsIgnoreKeyOrder()
    {
        Assert.Equal(JsonValue.Parse("{\"a\":1,\"b\":2.0}"), JsonValue.Parse("{\"b\":2,\"a\":1.0}"));
        Assert.NotEqual(JsonValue.Parse("[1,2]"), JsonValue.Parse("[2,1]"));
        Assert.Equal(JsonValue.Parse("{\"a\":1,\"b\":2.0}").GetHashCode(), JsonValue.Parse("{\"b\":2,\"a\":1.0}").GetHashCode());
    }

    [Fact]
    public void Parse_BadText_ReportsLineAndColumn()
    {
        var e = Assert.Throws<JsonParseException>(() => JsonValue.Parse("{\n  \"a\": 1,\n  \"b\": }"));
        Assert.Equal(3, e.Line);
        Assert.Equal(8, e.Column);
    }

    [Fact]
    public void Parse_WithSourceMap_RecordsEachValuePosition()
    {
        var map = new JsonSourceMap();
        JsonParser.Parse("{\n  \"States\": {\n    \"A/B\": [1, 2]\n  }\n}", map);
        Assert.Equal((3, 12), map.Locate("/States/A~1B"));
        Assert.Equal((3, 16), map.Locate("/States/A~1B/1"));
        Assert.Equal((2, 13), map.Locate("/States/Missing"));
    }

    [Fact]
    public void With_ReplacesInPlaceAndLeavesTheOriginalUnchanged()
    {
        var original = (JsonObject)JsonValue.Parse("{\"a\":1,\"b\":2}");
        var changed = original.With("a", "x").With("c", true);
        Assert.Equal("{\"a\":\"x\",\"b\":2,\"c\":true}", changed.ToJson());
        Assert.Equal("{\"a\":1,\"b\":2}", original.ToJson());
    }

    [Fact]
    public void LargeObjects_LookUpEveryKey()
    {
        var builder = new JsonObjectBuilder();
        for (var i = 0; i < 50; i++)
        {
            builder[$"k{i}"] = i;
        }

        var o = builder.Build();
        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(JsonNumber.From(i), o[$"k{i}"]);
        }

        Assert.False(o.ContainsKey("k50"));
    }

    [Fact]
    public void ToJson_EscapesOnlyQuotesBackslashesAndControlCharacters()
    {
        JsonValue value = "<tag> & \u00fc \u0001 \t";
        Assert.Equal("\"<tag> & \u00fc \\u0001 \\t\"", value.ToJson());
    }

    [Fact]
    public void Parse_LoneSurrogateEscape_KeepsTheCodeUnit()
    {
        // RFC 8259 allows escaped lone surrogates; System.Text.Json alone refuses them.
        var value = (JsonString)((JsonObject)JsonValue.Parse("{\"s\": \"a\\ud800b\\n\"}"))["s"];
        Assert.Equal("a\ud800b\n", value.Value);
    }
}
