using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Intrinsics.Functions;

/// <summary>States.UUID(): a version 4 UUID from the execution's seeded random source, so a run is reproducible.</summary>
internal sealed class UuidFunction : IntrinsicFunction
{
    public override string Name => "States.UUID";

    public override IReadOnlyList<IntrinsicParameter> Parameters { get; } = [];

    public override JsonValue Invoke(IntrinsicInvocation invocation)
    {
        Span<byte> bytes = stackalloc byte[16];
        invocation.Context.Random.NextBytes(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40); // version 4
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        var hex = Convert.ToHexStringLower(bytes);
        return new JsonString($"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}");
    }
}
