using static EventPro.Specs.Engine.Tests.Intrinsics.IntrinsicTesting;

namespace EventPro.Specs.Engine.Tests.Intrinsics.Functions;

public class JsonFunctionsTests
{
    [Theory]
    [InlineData("{\\\"number\\\": 20}", "{\"number\":20}")]
    [InlineData("[1, \\\"a\\\"]", "[1,\"a\"]")]
    [InlineData("  42 ", "42")]
    public void StringToJson_ParsesTheText(string escaped, string expected) =>
        Assert.Equal(expected, EvaluateJson("States.StringToJson($.s)", "{\"s\":\"" + escaped + "\"}"));

    [Theory]
    [InlineData("{\\\"a\\\":")]
    [InlineData("")]
    [InlineData("nope")]
    public void StringToJson_InvalidJson_Fails(string text) =>
        Assert.Contains("The argument 'jsonString' must be valid JSON text", Fails("States.StringToJson($.s)", "{\"s\":\"" + text + "\"}"), StringComparison.Ordinal);

    [Fact]
    public void StringToJson_NotAString_Fails() => Fails("States.StringToJson($.s)", "{\"s\":{}}");

    [Theory]
    [InlineData("{\"test\":\"object\"}", "\"{\\\"test\\\":\\\"object\\\"}\"")]
    [InlineData("{\"name\":\"Foo\",\"year\":2020}", "\"{\\\"name\\\":\\\"Foo\\\",\\\"year\\\":2020}\"")]
    [InlineData("[1.50,null]", "\"[1.50,null]\"")]
    [InlineData("\"s\"", "\"\\\"s\\\"\"")]
    public void JsonToString_WritesCompactJson(string value, string expected) =>
        Assert.Equal(expected, EvaluateJson("States.JsonToString($.v)", "{\"v\":" + value + "}"));

    [Fact]
    public void JsonMerge_IsShallowAndTheSecondObjectWins() =>
        Assert.Equal(
            "{\"a\":{\"a3\":1,\"a4\":2},\"b\":2,\"d\":4,\"c\":3}",
            EvaluateJson("States.JsonMerge($.fst, $.snd, false)", """{"fst":{"a":{"a1":1,"a2":2},"b":2,"d":3},"snd":{"a":{"a3":1,"a4":2},"c":3,"d":4}}"""));

    [Fact]
    public void JsonMerge_DeepMode_IsRefusedAsAwsDoes() =>
        Assert.Equal(
            "Invalid arguments in States.JsonMerge: The argument 'deep' must be false (only shallow merging is supported), but was true",
            Fails("States.JsonMerge($.a, $.a, true)", """{"a":{}}"""));

    [Theory]
    [InlineData("States.JsonMerge($.a, $.n, false)")]
    [InlineData("States.JsonMerge($.n, $.a, false)")]
    [InlineData("States.JsonMerge($.a, $.a, 'false')")]
    public void JsonMerge_WrongTypes_Fail(string call) => Fails(call, """{"a":{},"n":[1]}""");
}
