namespace EventPro.Specs.Engine.Errors;

/// <summary>
/// An ASL error raised while running a state: an error name (e.g. <c>States.TaskFailed</c> or a
/// Lambda's <c>errorType</c>) and a cause. Retriers and catchers match on <see cref="Error"/>.
/// </summary>
public class StatesException : Exception
{
    /// <summary>Creates the error.</summary>
    public StatesException(string error, string? cause)
        : base(cause is null ? error : $"{error}: {cause}")
    {
        Error = error;
        Cause = cause;
    }

    /// <summary>The error name.</summary>
    public string Error { get; }

    /// <summary>The cause, or null when AWS records none.</summary>
    public string? Cause { get; }
}
