using System.Globalization;
using EventPro.Specs.Harness.WireMock;

namespace EventPro.Specs.Harness.Chaos;

/// <summary>
/// What a real HTTP fake answers one call with instead of its mapping: an HTTP status, a transport
/// fault (connection reset, empty response) or an answer after a delay in real time. The task's
/// real-call backend then maps it to the error AWS raises (States.Http.StatusCode.503,
/// States.Http.Socket, Lambda.ServiceException, …).
/// </summary>
/// <param name="Status">The HTTP status to answer, or null.</param>
/// <param name="Fault">The transport fault, or null.</param>
/// <param name="Delay">How long (real time) before answering, or null.</param>
public sealed record TransportFault(int? Status, WireMockFault? Fault, TimeSpan? Delay)
{
    /// <summary>The WireMock response.</summary>
    public WireMockResponse ToResponse()
    {
        var response = WireMockResponse.Create();
        if (Fault is { } fault)
        {
            return response.WithFault(fault);
        }

        response = response.WithStatusCode(Status ?? 504);
        return Delay is { } delay ? response.WithFixedDelay(delay) : response;
    }

    /// <summary>E.g. <c>resets the connection</c>, <c>answers HTTP 503</c>, <c>answers HTTP 504 after 2000 ms</c>.</summary>
    public string Describe() => Fault switch
    {
        WireMockFault.ConnectionResetByPeer => "resets the connection",
        WireMockFault.EmptyResponse => "answers nothing",
        { } other => $"fails with the transport fault {other}",
        null => $"answers HTTP {(Status ?? 504).ToString(CultureInfo.InvariantCulture)}"
                + (Delay is { } d ? $" after {d.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)} ms" : string.Empty),
    };
}
