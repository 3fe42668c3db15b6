using EventPro.Specs.Engine.Jsonata.Functions;

namespace EventPro.Specs.Engine.Tests.Jsonata.Functions;

public class JavaRandomTests
{
    [Theory]
    [InlineData(42L, 0.7275636800328681)]
    [InlineData(0L, 0.730967787376657)]
    [InlineData(7L, 0.7306990420600421)]
    public void NextDouble_FirstDraw_MatchesJavaUtilRandom(long seed, double expected) =>
        Assert.Equal(expected, new JavaRandom(seed).NextDouble());

    [Fact]
    public void NextDouble_Sequence_MatchesJavaUtilRandom()
    {
        var random = new JavaRandom(42);
        random.NextDouble();
        Assert.Equal(0.6832234717598454, random.NextDouble());
    }
}
