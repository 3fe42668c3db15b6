using System.Security.Cryptography;
using System.Text;

namespace EventPro.Specs.Harness.Fakes;

/// <summary>
/// Identifiers the fakes hand out (payment intents, refunds, message ids, ETags): derived from what
/// they identify, never from a clock or a random source, so the same execution gets the same ids
/// byte for byte and a chaos reproducer sees the ids the campaign saw.
/// </summary>
public static class FakeIds
{
    /// <summary>An id like Stripe's: <paramref name="prefix"/> and 24 characters derived from <paramref name="seed"/>.</summary>
    public static string Of(string prefix, string seed) => prefix + Hex(seed)[..24];

    /// <summary>A UUID-shaped id (SNS message ids) derived from <paramref name="seed"/>.</summary>
    public static string Uuid(string seed)
    {
        var h = Hex(seed);
        return $"{h[..8]}-{h[8..12]}-{h[12..16]}-{h[16..20]}-{h[20..32]}";
    }

    /// <summary>S3's ETag of a single-part upload: the MD5 of the body, hex, in quotes.</summary>
    public static string ETag(string body) => "\"" + Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(body))) + "\"";

    /// <summary>A stable number in [0, <paramref name="modulo"/>) derived from <paramref name="seed"/> (the fakes' "luck").</summary>
    public static int Bucket(string seed, int modulo) => (int)(BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes(seed)), 0) % (uint)modulo);

    private static string Hex(string seed) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed)));
}
