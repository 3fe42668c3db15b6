using EventPro.Specs.Engine.Intrinsics;

namespace EventPro.Specs.Engine.Tests.Intrinsics;

public class IntrinsicRegistryTests
{
    [Theory]
    [InlineData("States.Format", 1, int.MaxValue)]
    [InlineData("States.StringToJson", 1, 1)]
    [InlineData("States.JsonToString", 1, 1)]
    [InlineData("States.Array", 0, int.MaxValue)]
    [InlineData("States.ArrayPartition", 2, 2)]
    [InlineData("States.ArrayContains", 2, 2)]
    [InlineData("States.ArrayRange", 3, 3)]
    [InlineData("States.ArrayGetItem", 2, 2)]
    [InlineData("States.ArrayLength", 1, 1)]
    [InlineData("States.ArrayUnique", 1, 1)]
    [InlineData("States.Base64Encode", 1, 1)]
    [InlineData("States.Base64Decode", 1, 1)]
    [InlineData("States.Hash", 2, 2)]
    [InlineData("States.JsonMerge", 3, 3)]
    [InlineData("States.MathRandom", 2, 3)]
    [InlineData("States.MathAdd", 2, 2)]
    [InlineData("States.StringSplit", 2, 2)]
    [InlineData("States.UUID", 0, 0)]
    public void TryGet_EveryAwsFunction_DeclaresItsArity(string name, int min, int max)
    {
        Assert.True(IntrinsicRegistry.TryGet(name, out var function));
        Assert.Equal(name, function.Name);
        Assert.Equal(min, function.MinArguments);
        Assert.Equal(max, function.MaxArguments);
    }

    [Fact]
    public void All_HoldsExactlyTheEighteenAwsFunctions() => Assert.Equal(18, IntrinsicRegistry.All.Count);

    [Fact]
    public void TryGet_IsCaseSensitive() => Assert.False(IntrinsicRegistry.TryGet("States.format", out _));

    [Fact]
    public void ParameterFor_VariadicFunction_BindsExtraArgumentsToTheLastParameter()
    {
        Assert.True(IntrinsicRegistry.TryGet("States.Format", out var format));
        Assert.Equal("template", format.ParameterFor(0).Name);
        Assert.Equal("values", format.ParameterFor(5).Name);
    }
}
