namespace EventPro.Specs.Harness.WireMock;

/// <summary>The transport faults WireMock can answer with instead of a response.</summary>
public enum WireMockFault
{
    /// <summary>Closes the connection with a TCP reset: the client sees "connection reset by peer".</summary>
    ConnectionResetByPeer,

    /// <summary>Closes the connection without writing anything: the client sees an empty response.</summary>
    EmptyResponse,

    /// <summary>Sends a 200 status line, then a chunked body that is not valid chunking, then closes.</summary>
    MalformedResponseChunk,

    /// <summary>Sends random bytes (no HTTP at all), then closes.</summary>
    RandomDataThenClose,
}

/// <summary>The names WireMock's mapping JSON uses for <see cref="WireMockFault"/>.</summary>
public static class WireMockFaultNames
{
    /// <summary>The <c>"fault"</c> value, e.g. <c>CONNECTION_RESET_BY_PEER</c>.</summary>
    public static string ToWireMockName(this WireMockFault fault) => fault switch
    {
        WireMockFault.ConnectionResetByPeer => "CONNECTION_RESET_BY_PEER",
        WireMockFault.EmptyResponse => "EMPTY_RESPONSE",
        WireMockFault.MalformedResponseChunk => "MALFORMED_RESPONSE_CHUNK",
        WireMockFault.RandomDataThenClose => "RANDOM_DATA_THEN_CLOSE",
        _ => throw new ArgumentOutOfRangeException(nameof(fault), fault, "Not a WireMock fault."),
    };
}
