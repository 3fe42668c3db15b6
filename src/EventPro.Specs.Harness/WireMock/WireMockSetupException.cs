namespace EventPro.Specs.Harness.WireMock;

/// <summary>
/// The machine or the checkout cannot run WireMock: no repository root, no Java, no npm, a failed
/// install, or a server that did not start. The message says what is missing and how to get it.
/// </summary>
public sealed class WireMockSetupException : Exception
{
    /// <summary>Creates the exception with a message that names the missing piece.</summary>
    public WireMockSetupException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the failure that caused it.</summary>
    public WireMockSetupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
