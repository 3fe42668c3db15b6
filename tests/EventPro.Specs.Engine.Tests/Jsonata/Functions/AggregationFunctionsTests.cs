namespace EventPro.Specs.Engine.Tests.Jsonata.Functions;

public class AggregationFunctionsTests
{
    [Theory]
    [InlineData("$sum([1, 2, 3.5])", "6.5")]
    [InlineData("$sum([])", "0")]
    [InlineData("$sum(5)", "5")]
    [InlineData("$count([1, 2, 3])", "3")]
    [InlineData("$count(nothing)", "0")]
    [InlineData("$max([1, 7, 3])", "7")]
    [InlineData("$min([4, -2, 3])", "-2")]
    [InlineData("$max([])", "undefined")]
    [InlineData("$average([1, 2, 3, 4])", "2.5")]
    public void AggregationFunction_Call_ReturnsTheReferenceResult(string expression, string expected) =>
        Assert.Equal(expected, JsonataEval.Json(expression));

    [Fact]
    public void Sum_NonNumbers_ThrowsT0412() =>
        Assert.Equal("T0412", JsonataEval.Error("$sum(['a'])").Code);
}
