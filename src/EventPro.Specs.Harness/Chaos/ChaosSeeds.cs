namespace EventPro.Specs.Harness.Chaos;

/// <summary>
/// Seeds derived from a campaign's seed: execution <c>i</c> of campaign seed <c>s</c> always gets the
/// same seed (its input, its engine randomness, its faults), whatever ran before it or beside it.
/// SplitMix64's finaliser spreads neighbouring seeds apart.
/// </summary>
public static class ChaosSeeds
{
    /// <summary>The seed of execution <paramref name="index"/> of the campaign seeded <paramref name="campaignSeed"/> (non-negative).</summary>
    public static int ForExecution(int campaignSeed, int index) => Mix(((ulong)(uint)campaignSeed << 32) | (uint)index);

    /// <summary>The seed of the chaos decisions of an execution seeded <paramref name="executionSeed"/> (apart from its input and engine seeds).</summary>
    public static int ForFaults(int executionSeed) => Mix(((ulong)(uint)executionSeed << 32) ^ 0x9E3779B97F4A7C15UL);

    private static int Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (int)(z & 0x7FFFFFFF);
    }
}
