using System.Text.RegularExpressions;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Tests.Paths;
using static EventPro.Specs.Engine.Tests.Intrinsics.IntrinsicTesting;

namespace EventPro.Specs.Engine.Tests.Intrinsics.Functions;

public partial class StringFunctionsTests
{
    [Theory]
    [InlineData("1,2,3,4,5", ",", "[\"1\",\"2\",\"3\",\"4\",\"5\"]")]
    [InlineData("This.is+a,test=string", ".+,=", "[\"This\",\"is\",\"a\",\"test\",\"string\"]")]
    [InlineData("a,,b,", ",", "[\"a\",\"b\"]")]
    [InlineData("", ",", "[]")]
    [InlineData("a b", "", "[\"a b\"]")]
    [InlineData("abc", "-", "[\"abc\"]")]
    public void StringSplit_SplitsOnAnyDelimiterCharacter(string text, string delimiters, string expected) =>
        Assert.Equal(expected, EvaluateJson("States.StringSplit($.s, $.d)", $"{{\"s\":\"{text}\",\"d\":\"{delimiters}\"}}"));

    [Theory]
    [InlineData("States.StringSplit(1, ',')")]
    [InlineData("States.StringSplit('a', null)")]
    public void StringSplit_WrongTypes_Fail(string call) => Fails(call);

    [Fact]
    public void Uuid_IsAVersion4UuidFromTheContextRandomSource()
    {
        var a = ((JsonString)Evaluate("States.UUID()", context: new TestEvaluationContext(seed: 5))).Value;
        var b = ((JsonString)Evaluate("States.UUID()", context: new TestEvaluationContext(seed: 5))).Value;
        var c = ((JsonString)Evaluate("States.UUID()", context: new TestEvaluationContext(seed: 6))).Value;
        Assert.Matches(UuidV4(), a);
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")]
    private static partial Regex UuidV4();
}
