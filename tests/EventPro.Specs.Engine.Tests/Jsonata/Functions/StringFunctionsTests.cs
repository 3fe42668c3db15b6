using FsCheck.Fluent;

namespace EventPro.Specs.Engine.Tests.Jsonata.Functions;

public class StringFunctionsTests
{
    [Theory]
    [InlineData("$string(5)", "\"5\"")]
    [InlineData("$string(0.1 + 0.2)", "\"0.3\"")]
    [InlineData("$string(1/3)", "\"0.333333333333333\"")]
    [InlineData("$string(5890840712243076)", "\"5890840712243076\"")]
    [InlineData("$string([1, 'a', {'b': null}])", "\"[1,\\\"a\\\",{\\\"b\\\":null}]\"")]
    [InlineData("$string(function(){1})", "\"\"")]
    [InlineData("$string()", "undefined")]
    [InlineData("$substring('hello world', 6)", "\"world\"")]
    [InlineData("$substring('hello world', -5, 3)", "\"wor\"")]
    [InlineData("$substring('a𝄞b', 1, 1)", "\"𝄞\"")]
    [InlineData("$substringBefore('a-b-c', '-')", "\"a\"")]
    [InlineData("$substringAfter('a-b-c', '-')", "\"b-c\"")]
    [InlineData("$substringAfter('abc', 'x')", "\"abc\"")]
    [InlineData("$uppercase('straße')", "\"STRASSE\"")]
    [InlineData("$lowercase('ÀB')", "\"àb\"")]
    [InlineData("$lowercase('ΟΔΟΣ')", "\"οδος\"")]
    [InlineData("$length('a𝄞b')", "3")]
    [InlineData("$trim('  a \\n\\t b  ')", "\"a b\"")]
    [InlineData("$pad('x', 3, '-')", "\"x--\"")]
    [InlineData("$pad('x', -3)", "\"  x\"")]
    [InlineData("$join(['a', 'b'], '+')", "\"a+b\"")]
    [InlineData("$join('a')", "\"a\"")]
    [InlineData("$substringBefore('abc', nothing)", "\"abc\"")]
    [InlineData("$substring('abc', nothing)", "\"abc\"")]
    [InlineData("$pad('abc', nothing)", "\"abc\"")]
    public void StringFunction_Call_ReturnsTheReferenceResult(string expression, string expected) =>
        Assert.Equal(expected, JsonataEval.Json(expression));

    [Fact]
    public void String_WithContextArgumentOmitted_UsesTheContext() =>
        Assert.Equal("[\"A\",\"B\"]", JsonataEval.Json("names.$uppercase()", """{"names": ["a", "b"]}"""));

    [Fact]
    public void String_Integers_AreWrittenAsDotNetWritesThem()
    {
        var property = Prop.ForAll<int>(n => JsonataEval.Json($"$string({n})") == $"\"{n}\"");
        FsCheck.Check.One(FsCheck.Config.QuickThrowOnFailure, property);
    }

    [Fact]
    public void Substring_AnyRange_AgreesWithSubstringOfTheCodeUnits()
    {
        var property = Prop.ForAll<FsCheck.NonNegativeInt, FsCheck.NonNegativeInt>((start, length) =>
        {
            const string text = "abcdefghij";
            var s = Math.Min(start.Item, 10);
            var l = Math.Min(length.Item, 10 - s);
            var expected = l == 0 ? "\"\"" : $"\"{text.Substring(s, l)}\"";
            return JsonataEval.Json($"$substring('{text}', {s}, {l})") == expected;
        });
        FsCheck.Check.One(FsCheck.Config.QuickThrowOnFailure, property);
    }
}
