using EventPro.Specs.Engine.Json;
using static EventPro.Specs.Engine.Tests.Intrinsics.IntrinsicTesting;

namespace EventPro.Specs.Engine.Tests.Intrinsics.Functions;

public class ArrayFunctionsTests
{
    [Theory]
    [InlineData("States.Array()", "[]")]
    [InlineData("States.Array('Foo', 2020, $.someJson, null)", "[\"Foo\",2020,{\"random\":\"abcdefg\"},null]")]
    public void Array_CollectsItsArguments(string call, string expected) =>
        Assert.Equal(expected, EvaluateJson(call, """{"someJson":{"random":"abcdefg"}}"""));

    [Theory]
    [InlineData("[1,2,3,4,5,6,7,8,9]", "4", "[[1,2,3,4],[5,6,7,8],[9]]")]
    [InlineData("[]", "1", "[]")]
    [InlineData("[0,1]", "5", "[[0,1]]")]
    [InlineData("[0,1,2]", "1", "[[0],[1],[2]]")]
    [InlineData("[0,1,2,3]", "1.6", "[[0,1],[2,3]]")]
    public void ArrayPartition_ChunksTheArray(string array, string size, string expected) =>
        Assert.Equal(expected, EvaluateJson("States.ArrayPartition($.a, $.n)", $"{{\"a\":{array},\"n\":{size}}}"));

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("0.4")]
    public void ArrayPartition_ChunkSizeNotPositive_Fails(string size) =>
        Assert.Contains("The argument 'chunkSize' must be a positive integer", Fails("States.ArrayPartition($.a, $.n)", $"{{\"a\":[1],\"n\":{size}}}"), StringComparison.Ordinal);

    [Theory]
    [InlineData("[]", "null", false)]
    [InlineData("[[1,2,3],2]", "[1,2,3]", true)]
    [InlineData("[{\"1\":2,\"2\":[]}]", "{\"2\":[],\"1\":2}", true)]
    [InlineData("[{\"1\":2,\"2\":[]}]", "[]", false)]
    [InlineData("[true,false]", "false", true)]
    [InlineData("[1,2]", "2.0", true)]
    public void ArrayContains_ComparesDeeply(string array, string value, bool expected) =>
        Assert.Equal(expected ? "true" : "false", EvaluateJson("States.ArrayContains($.a, $.v)", $"{{\"a\":{array},\"v\":{value}}}"));

    [Theory]
    [InlineData("0, 9, 3", "[0,3,6,9]")]
    [InlineData("0, 10, 3", "[0,3,6,9]")]
    [InlineData("1, 9, 9", "[1]")]
    [InlineData("1, 9, 2", "[1,3,5,7,9]")]
    [InlineData("5, 5, 1", "[5]")]
    [InlineData("5, 1, -2", "[5,3,1]")]
    [InlineData("1, 5, -1", "[]")]
    [InlineData("0.6, 2.4, 1", "[1,2]")]
    [InlineData("1, 1000, 1", null)]
    public void ArrayRange_CountsFromStartToEnd(string args, string? expected)
    {
        var result = EvaluateJson($"States.ArrayRange({args})");
        if (expected is null)
        {
            Assert.Equal(1000, ((JsonArray)JsonValue.Parse(result)).Count);
        }
        else
        {
            Assert.Equal(expected, result);
        }
    }

    [Fact]
    public void ArrayRange_ZeroStep_Fails() =>
        Assert.Equal("Invalid arguments in States.ArrayRange: The argument 'step' must not be 0, but was 0", Fails("States.ArrayRange(1, 2, 0)"));

    [Fact]
    public void ArrayRange_MoreThan1000Items_Fails() =>
        Assert.Equal("Invalid arguments in States.ArrayRange: The range from 0 to 1000 by 1 would hold 1001 items; at most 1000 are allowed", Fails("States.ArrayRange(0, 1000, 1)"));

    [Fact]
    public void ArrayRange_NonNumber_Fails() => Fails("States.ArrayRange('1', 2, 1)");

    [Theory]
    [InlineData("5", "6")]
    [InlineData("0", "1")]
    [InlineData("8", "9")]
    public void ArrayGetItem_ReturnsTheItemAtTheIndex(string index, string expected) =>
        Assert.Equal(expected, EvaluateJson("States.ArrayGetItem($.a, $.i)", $"{{\"a\":[1,2,3,4,5,6,7,8,9],\"i\":{index}}}"));

    [Theory]
    [InlineData("9", "must be between 0 and 8 for an array of 9 items")]
    [InlineData("-1", "must be between 0 and 8 for an array of 9 items")]
    [InlineData("1.5", "must be an integer")]
    public void ArrayGetItem_BadIndex_Fails(string index, string problem) =>
        Assert.Contains(problem, Fails("States.ArrayGetItem($.a, $.i)", $"{{\"a\":[1,2,3,4,5,6,7,8,9],\"i\":{index}}}"), StringComparison.Ordinal);

    [Fact]
    public void ArrayLength_CountsItems()
    {
        Assert.Equal("9", EvaluateJson("States.ArrayLength($.a)", """{"a":[1,2,3,4,5,6,7,8,9]}"""));
        Assert.Equal("0", EvaluateJson("States.ArrayLength($.a)", """{"a":[]}"""));
    }

    [Theory]
    [InlineData("[1,2,3,3,3,3,3,3,4]", "[1,2,3,4]")]
    [InlineData("[1,2,2,3,3,4]", "[1,2,3,4]")]
    [InlineData("[{\"a\":1},{\"a\":1.0},\"1\",1]", "[{\"a\":1},\"1\",1]")]
    [InlineData("[]", "[]")]
    public void ArrayUnique_KeepsFirstOccurrences(string array, string expected) =>
        Assert.Equal(expected, EvaluateJson("States.ArrayUnique($.a)", $"{{\"a\":{array}}}"));

    [Theory]
    [InlineData("States.ArrayLength($.o)")]
    [InlineData("States.ArrayUnique($.o)")]
    [InlineData("States.ArrayContains($.o, 1)")]
    [InlineData("States.ArrayGetItem($.o, 0)")]
    [InlineData("States.ArrayPartition($.o, 1)")]
    [InlineData("States.ArrayGetItem($.a, '0')")]
    public void ArrayFunctions_WrongTypes_Fail(string call) => Fails(call, """{"o":{"a":1},"a":[1]}""");
}
