using System.Net.Sockets;

namespace EventPro.Specs.Integrations.Transport;

/// <summary>A call that got no response, with a message in the words AWS's Java clients use.</summary>
/// <param name="Kind">Connection trouble or a timeout.</param>
/// <param name="Message">What went wrong, e.g. <c>Connection reset</c>.</param>
/// <param name="Exception">The exception .NET raised.</param>
public sealed record TransportFailure(TransportFailureKind Kind, string Message, Exception Exception)
{
    /// <summary>Classifies an exception of the HTTP stack.</summary>
    public static TransportFailure From(Exception e)
    {
        ArgumentNullException.ThrowIfNull(e);
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException socket)
            {
                return new TransportFailure(TransportFailureKind.Connection, socket.SocketErrorCode switch
                {
                    SocketError.ConnectionReset => "Connection reset",
                    SocketError.ConnectionRefused => "Connection refused",
                    SocketError.TimedOut => "Connect timed out",
                    _ => socket.Message,
                }, e);
            }
        }

        if (e is HttpRequestException { HttpRequestError: HttpRequestError.ResponseEnded })
        {
            // The server closed the connection without answering (WireMock's EMPTY_RESPONSE).
            return new TransportFailure(TransportFailureKind.Connection, "The target server failed to respond", e);
        }

        if (e is HttpRequestException { HttpRequestError: HttpRequestError.InvalidResponse })
        {
            return new TransportFailure(TransportFailureKind.Connection, "The target server sent an invalid HTTP response", e);
        }

        return new TransportFailure(TransportFailureKind.Connection, e.InnerException?.Message ?? e.Message, e);
    }
}
