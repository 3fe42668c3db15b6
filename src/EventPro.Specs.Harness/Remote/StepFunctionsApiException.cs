namespace EventPro.Specs.Harness.Remote;

/// <summary>
/// An error answer of the Step Functions API, with AWS's error code (<c>StateMachineDoesNotExist</c>,
/// <c>InvalidDefinition</c>, <c>ExecutionAlreadyExists</c>, ...) as the SDKs' exceptions carry it.
/// </summary>
public sealed class StepFunctionsApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StepFunctionsApiException(string operation, string code, string? message, int statusCode)
        : base($"{operation} failed: {code}: {message ?? "(no message)"} (HTTP {statusCode})")
    {
        Operation = operation;
        Code = code;
        ApiMessage = message;
        StatusCode = statusCode;
    }

    /// <summary>Creates the exception with a message only (required by the exception pattern).</summary>
    public StepFunctionsApiException()
        : this("Unknown", "Unknown", null, 0)
    {
    }

    /// <summary>Creates the exception with a message only (required by the exception pattern).</summary>
    public StepFunctionsApiException(string message)
        : base(message)
    {
        Operation = Code = "Unknown";
    }

    /// <summary>Creates the exception with a message and cause (required by the exception pattern).</summary>
    public StepFunctionsApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Operation = Code = "Unknown";
    }

    /// <summary>The API operation that failed.</summary>
    public string Operation { get; }

    /// <summary>AWS's error code, without the <c>com.amazonaws...#</c> namespace.</summary>
    public string Code { get; }

    /// <summary>The service's message.</summary>
    public string? ApiMessage { get; }

    /// <summary>The HTTP status.</summary>
    public int StatusCode { get; }
}
