using FsCheck.Fluent;

namespace EventPro.Specs.Engine.Tests.Jsonata.Functions;

public class ArrayFunctionsTests
{
    [Theory]
    [InlineData("$append([1, 2], 3)", "[1,2,3]")]
    [InlineData("$append(1, [2])", "[1,2]")]
    [InlineData("$append(nothing, [2])", "[2]")]
    [InlineData("$reverse([1, 2, 3])", "[3,2,1]")]
    [InlineData("$distinct([1, 2, 1, [3], [3], {'a': 1}, {'a': 1}])", "[1,2,[3],{\"a\":1}]")]
    [InlineData("$zip([1, 2, 3], ['a', 'b'])", "[[1,\"a\"],[2,\"b\"]]")]
    [InlineData("$sort([3, 1, 2])", "[1,2,3]")]
    [InlineData("$sort(['b', 'a', 'C'])", "[\"C\",\"a\",\"b\"]")]
    [InlineData("$sort([{'n': 2}, {'n': 1}], function($a, $b){ $a.n > $b.n }).n", "[1,2]")]
    [InlineData("$count($shuffle([1, 2, 3, 4]))", "4")]
    public void ArrayFunction_Call_ReturnsTheReferenceResult(string expression, string expected) =>
        Assert.Equal(expected, JsonataEval.Json(expression));

    [Fact]
    public void Sort_MixedTypesWithoutComparator_ThrowsD3070() =>
        Assert.Equal("D3070", JsonataEval.Error("$sort([1, 'a'])").Code);

    [Fact]
    public void Sort_AnyNumbers_IsOrderedAndKeepsEveryItem()
    {
        var property = Prop.ForAll<int[]>(numbers =>
        {
            var list = string.Join(",", numbers);
            var expected = "[" + string.Join(",", numbers.Order()) + "]";
            // A constructed array is not a sequence: even [] and [x] come back as arrays.
            return JsonataEval.Json($"[{list}] ~> $sort()") == expected;
        });
        FsCheck.Check.One(FsCheck.Config.QuickThrowOnFailure, property);
    }

    [Fact]
    public void Sort_WithComparator_IsStable() =>
        Assert.Equal(
            "[\"b1\",\"b2\",\"a1\",\"a2\"]",
            JsonataEval.Json("$sort(['a1', 'b1', 'a2', 'b2'], function($x, $y){ $substring($x, 0, 1) < $substring($y, 0, 1) })"));
}
