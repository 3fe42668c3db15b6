using EventPro.Specs.Reports.Coverage;

namespace EventPro.Specs.Reports.Tests.Coverage;

public sealed class CoverageCountTests
{
    [Theory]
    [InlineData(7, 9, 0, "7/9 (77.8%)")]
    [InlineData(7, 7, 2, "7/7 (100.0%), 2 infeasible")]
    public void ToString_WithAndWithoutInfeasible_SaysHowManyWereLeftOut(int covered, int total, int infeasible, string expected)
    {
        Assert.Equal(expected, new CoverageCount(covered, total, infeasible).ToString());
    }

    [Fact]
    public void Percent_EverythingInfeasible_IsAHundred()
    {
        Assert.Equal(100, new CoverageCount(0, 0, 3).Percent);
    }
}
