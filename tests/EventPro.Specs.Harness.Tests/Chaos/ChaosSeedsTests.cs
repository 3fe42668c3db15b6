using EventPro.Specs.Harness.Chaos;

namespace EventPro.Specs.Harness.Tests.Chaos;

public class ChaosSeedsTests
{
    [Fact]
    public void ForExecution_IsStableNonNegativeAndSpread()
    {
        var seeds = Enumerable.Range(0, 10_000).Select(i => ChaosSeeds.ForExecution(42, i)).ToList();

        Assert.Equal(seeds, Enumerable.Range(0, 10_000).Select(i => ChaosSeeds.ForExecution(42, i)));
        Assert.All(seeds, s => Assert.True(s >= 0));
        Assert.Equal(10_000, seeds.Distinct().Count());
        Assert.NotEqual(ChaosSeeds.ForExecution(42, 0), ChaosSeeds.ForExecution(43, 0));
        Assert.NotEqual(ChaosSeeds.ForExecution(42, 5), ChaosSeeds.ForFaults(ChaosSeeds.ForExecution(42, 5)));
    }
}
