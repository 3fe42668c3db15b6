using EventPro.Specs.Harness.WireMock;

namespace EventPro.Specs.Harness.Tests.WireMock;

public class WireMockFaultTests
{
    [Theory]
    [InlineData(WireMockFault.ConnectionResetByPeer, "CONNECTION_RESET_BY_PEER")]
    [InlineData(WireMockFault.EmptyResponse, "EMPTY_RESPONSE")]
    [InlineData(WireMockFault.MalformedResponseChunk, "MALFORMED_RESPONSE_CHUNK")]
    [InlineData(WireMockFault.RandomDataThenClose, "RANDOM_DATA_THEN_CLOSE")]
    public void ToWireMockName_EachFault_IsWireMocksName(WireMockFault fault, string name)
        => Assert.Equal(name, fault.ToWireMockName());

    [Fact]
    public void ToWireMockName_UndefinedValue_IsRefused()
        => Assert.Throws<ArgumentOutOfRangeException>(() => ((WireMockFault)42).ToWireMockName());
}
