namespace EventPro.Specs.Integrations.Transport;

/// <summary>Why no response came.</summary>
public enum TransportFailureKind
{
    /// <summary>The connection was refused, reset or closed before a whole response arrived.</summary>
    Connection,

    /// <summary>No whole response within the request timeout.</summary>
    Timeout,
}
