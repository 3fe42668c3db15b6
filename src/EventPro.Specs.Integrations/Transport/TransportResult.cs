namespace EventPro.Specs.Integrations.Transport;

/// <summary>What a call gave: a response (of any status), or a transport failure.</summary>
public sealed class TransportResult
{
    private TransportResult(ReceivedResponse? response, TransportFailure? failure)
    {
        Response = response;
        Failure = failure;
    }

    /// <summary>The response, when the server answered.</summary>
    public ReceivedResponse? Response { get; }

    /// <summary>The failure, when no response came.</summary>
    public TransportFailure? Failure { get; }

    /// <summary>A response.</summary>
    public static TransportResult Answered(ReceivedResponse response) => new(response, null);

    /// <summary>A transport failure.</summary>
    public static TransportResult Failed(TransportFailure failure) => new(null, failure);
}
