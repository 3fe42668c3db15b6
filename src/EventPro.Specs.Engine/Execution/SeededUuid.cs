namespace EventPro.Specs.Engine.Execution;

/// <summary>Version 4 UUIDs drawn from an execution's seeded random source, so a run is reproducible.</summary>
public static class SeededUuid
{
    /// <summary>The next UUID (lower-case, hyphenated) from <paramref name="random"/>.</summary>
    public static string Next(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40); // version 4
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        var hex = Convert.ToHexStringLower(bytes);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }
}
