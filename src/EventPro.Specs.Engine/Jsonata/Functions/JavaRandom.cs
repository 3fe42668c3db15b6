namespace EventPro.Specs.Engine.Jsonata.Functions;

/// <summary>
/// The linear congruential generator of java.util.Random, which AWS Step Functions uses for a
/// seeded <c>$random(seed)</c>: the same seed gives the same number as on AWS
/// (<c>$random(42)</c> is 0.7275636800328681, <c>$random(0)</c> 0.730967787376657).
/// </summary>
internal sealed class JavaRandom
{
    private const long Multiplier = 0x5DEECE66DL;
    private const long Mask = (1L << 48) - 1;
    private long _seed;

    /// <summary>Seeds the generator as <c>new java.util.Random(seed)</c> does.</summary>
    public JavaRandom(long seed) => _seed = (seed ^ Multiplier) & Mask;

    /// <summary>java.util.Random.nextDouble: 53 random bits as a fraction in [0, 1).</summary>
    public double NextDouble() => ((((long)Next(26)) << 27) + Next(27)) * (1.0 / (1L << 53));

    private int Next(int bits)
    {
        _seed = ((_seed * Multiplier) + 0xBL) & Mask;
        return (int)((ulong)_seed >> (48 - bits));
    }
}
