using System.Security.Cryptography;
using System.Text;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Intrinsics.Functions;

/// <summary>
/// States.Hash(data, algorithm): the lowercase hex digest of the string's UTF-8 bytes with MD5,
/// SHA-1, SHA-256, SHA-384 or SHA-512; the data may hold at most 10,000 characters.
/// </summary>
internal sealed class HashFunction : IntrinsicFunction
{
    private static readonly Dictionary<string, Func<byte[], byte[]>> Algorithms = new(StringComparer.Ordinal)
    {
        // MD5 and SHA-1 are what AWS offers here, for checksums; nothing in the engine relies on them for security.
#pragma warning disable CA5350, CA5351
        ["MD5"] = MD5.HashData,
        ["SHA-1"] = SHA1.HashData,
#pragma warning restore CA5350, CA5351
        ["SHA-256"] = SHA256.HashData,
        ["SHA-384"] = SHA384.HashData,
        ["SHA-512"] = SHA512.HashData,
    };

    public override string Name => "States.Hash";

    public override IReadOnlyList<IntrinsicParameter> Parameters { get; } =
    [
        new("data", IntrinsicArgumentType.String),
        new("algorithm", IntrinsicArgumentType.String),
    ];

    public override JsonValue Invoke(IntrinsicInvocation invocation)
    {
        var data = invocation.GetString(0);
        if (data.Length > Base64Limits.MaxCharacters)
        {
            throw IntrinsicErrors.OutOfRange(this, "data", invocation[0], $"must be at most {Base64Limits.MaxCharacters} characters long");
        }

        if (!Algorithms.TryGetValue(invocation.GetString(1), out var hash))
        {
            throw IntrinsicErrors.OutOfRange(this, "algorithm", invocation[1], "must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512");
        }

        return new JsonString(Convert.ToHexStringLower(hash(Encoding.UTF8.GetBytes(data))));
    }
}
