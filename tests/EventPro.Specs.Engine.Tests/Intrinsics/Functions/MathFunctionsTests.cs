using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Tests.Paths;
using static EventPro.Specs.Engine.Tests.Intrinsics.IntrinsicTesting;

namespace EventPro.Specs.Engine.Tests.Intrinsics.Functions;

public class MathFunctionsTests
{
    [Theory]
    [InlineData("111, -1", "110")]
    [InlineData("5, 3", "8")]
    [InlineData("1.5, 1.4", "3")]
    [InlineData("-1.5, 0", "-1")]
    [InlineData("2147483647, 1", "2147483648")]
    public void MathAdd_AddsRoundedIntegers(string args, string expected) => Assert.Equal(expected, EvaluateJson($"States.MathAdd({args})"));

    [Theory]
    [InlineData("2147483648, 0", "value1")]
    [InlineData("0, -2147483649", "value2")]
    public void MathAdd_OutsideInt32_Fails(string args, string parameter) =>
        Assert.Contains($"The argument '{parameter}' must be an integer between -2147483648 and 2147483647", Fails($"States.MathAdd({args})"), StringComparison.Ordinal);

    [Fact]
    public void MathAdd_NotANumber_Fails() => Fails("States.MathAdd('1', 2)");

    [Theory]
    [InlineData("12.5, 44.51", 13, 45)]
    [InlineData("9999, 99999", 9999, 99999)]
    [InlineData("-99999, -9999", -99999, -9999)]
    [InlineData("1, 2", 1, 2)]
    public void MathRandom_StaysInTheHalfOpenRange(string args, long start, long end)
    {
        var context = new TestEvaluationContext(seed: 11);
        for (var i = 0; i < 200; i++)
        {
            var n = ((JsonNumber)Evaluate($"States.MathRandom({args})", context: context)).Value;
            Assert.InRange(n, start, end - 1);
            Assert.True(Math.Floor(n) == n);
        }
    }

    [Fact]
    public void MathRandom_UsesTheContextRandomSource()
    {
        var first = Enumerable.Range(0, 5).Select(_ => Evaluate("States.MathRandom(0, 1000000)", context: Seeded(3)).ToJson());
        var again = Enumerable.Range(0, 5).Select(_ => Evaluate("States.MathRandom(0, 1000000)", context: Seeded(3)).ToJson());
        Assert.Equal(first, again);

        var context = Seeded(3);
        var sequence = Enumerable.Range(0, 5).Select(_ => Evaluate("States.MathRandom(0, 1000000)", context: context).ToJson()).ToList();
        Assert.True(sequence.Distinct().Count() > 1);
    }

    [Fact]
    public void MathRandom_WithSeed_IsTheSameWhateverTheContext() =>
        Assert.Equal(
            Evaluate("States.MathRandom(0, 1000000, 42)", context: Seeded(1)),
            Evaluate("States.MathRandom(0, 1000000, 42)", context: Seeded(2)));

    [Theory]
    [InlineData("5, 5")]
    [InlineData("5, 1")]
    public void MathRandom_EmptyRange_Fails(string args) =>
        Assert.Contains("The argument 'end' must be greater than the start", Fails($"States.MathRandom({args})"), StringComparison.Ordinal);

    [Fact]
    public void MathRandom_SeedNotANumber_Fails() => Fails("States.MathRandom(1, 5, 'x')");

    private static TestEvaluationContext Seeded(int seed) => new(seed: seed);
}
