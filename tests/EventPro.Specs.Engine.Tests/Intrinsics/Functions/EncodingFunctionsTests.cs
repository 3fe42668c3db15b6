using EventPro.Specs.Engine.Json;
using static EventPro.Specs.Engine.Tests.Intrinsics.IntrinsicTesting;

namespace EventPro.Specs.Engine.Tests.Intrinsics.Functions;

public class EncodingFunctionsTests
{
    [Theory]
    [InlineData("Data to encode", "RGF0YSB0byBlbmNvZGU=")]
    [InlineData("Hello World", "SGVsbG8gV29ybGQ=")]
    [InlineData("", "")]
    [InlineData("café", "Y2Fmw6k=")]
    public void Base64EncodeAndDecode_RoundTrip(string text, string base64)
    {
        Assert.Equal(base64, ((JsonString)Evaluate("States.Base64Encode($.s)", "{\"s\":\"" + text + "\"}")).Value);
        Assert.Equal(text, ((JsonString)Evaluate("States.Base64Decode($.s)", "{\"s\":\"" + base64 + "\"}")).Value);
    }

    [Fact]
    public void Base64Encode_MoreThan10000Characters_Fails()
    {
        Evaluate("States.Base64Encode($.s)", "{\"s\":\"" + new string('x', 10_000) + "\"}");
        Assert.Contains("must be at most 10000 characters long", Fails("States.Base64Encode($.s)", "{\"s\":\"" + new string('x', 10_001) + "\"}"), StringComparison.Ordinal);
    }

    [Fact]
    public void Base64Decode_MoreThan10000Characters_Fails() =>
        Assert.Contains("must be at most 10000 characters long", Fails("States.Base64Decode($.s)", "{\"s\":\"" + new string('A', 10_004) + "\"}"), StringComparison.Ordinal);

    [Theory]
    [InlineData("not base64!")]
    [InlineData("QQ=")]
    public void Base64Decode_InvalidData_Fails(string data) =>
        Assert.Contains("must be valid Base64", Fails("States.Base64Decode($.s)", "{\"s\":\"" + data + "\"}"), StringComparison.Ordinal);

    [Theory]
    [InlineData("MD5", "812f45842bc6d66ee14572ce20db8e86")]
    [InlineData("SHA-1", "aaff4a450a104cd177d28d18d74485e8cae074b7")]
    [InlineData("SHA-256", "b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3")]
    [InlineData("SHA-384", "d28a7d5cf25a74f11a50a18452b75e04bb3d70c9dd0510d6123aa008c756511b87525bdc835ebb27e1fb9e9374a15562")]
    [InlineData("SHA-512", "6ce4adb348546d4f449c4d25aad9a7c9cb711d9e91982d3f0b29ca2f3f47d4ce2deba23bf2954f0f1d593fc50283731a533d30d425402d4f91316d871303aac4")]
    public void Hash_MatchesAwsRecordedDigests(string algorithm, string digest) =>
        Assert.Equal("\"" + digest + "\"", EvaluateJson("States.Hash($.d, $.a)", $"{{\"d\":\"input data\",\"a\":\"{algorithm}\"}}"));

    [Theory]
    [InlineData("sha-256")]
    [InlineData("SHA256")]
    [InlineData("CRC32")]
    public void Hash_UnknownAlgorithm_Fails(string algorithm) =>
        Assert.Contains("must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512", Fails("States.Hash('x', $.a)", $"{{\"a\":\"{algorithm}\"}}"), StringComparison.Ordinal);

    [Fact]
    public void Hash_MoreThan10000Characters_Fails() =>
        Assert.Contains("must be at most 10000 characters long", Fails("States.Hash($.s, 'MD5')", "{\"s\":\"" + new string('x', 10_001) + "\"}"), StringComparison.Ordinal);

    [Fact]
    public void Hash_DataNotAString_Fails() => Fails("States.Hash($.o, 'MD5')", """{"o":{"a":1}}""");
}
