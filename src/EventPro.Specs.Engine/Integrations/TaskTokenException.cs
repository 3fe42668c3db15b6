namespace EventPro.Specs.Engine.Integrations;

/// <summary>
/// SendTaskSuccess, SendTaskFailure or SendTaskHeartbeat refused a token, with the error AWS gives
/// (API reference, SendTaskSuccess "Errors"): <c>InvalidToken</c> (not a token at all),
/// <c>TaskDoesNotExist</c> (no task has this token) or <c>TaskTimedOut</c> (the task already ended:
/// answered, timed out, or its execution stopped).
/// </summary>
public sealed class TaskTokenException : Exception
{
    /// <summary>The error code for a token that is not shaped like a task token.</summary>
    public const string InvalidToken = "InvalidToken";

    /// <summary>The error code for a well-formed token no task was given.</summary>
    public const string TaskDoesNotExist = "TaskDoesNotExist";

    /// <summary>The error code for the token of a task that already ended.</summary>
    public const string TaskTimedOut = "TaskTimedOut";

    /// <summary>Creates the error.</summary>
    /// <param name="code">AWS's error code (one of the constants).</param>
    /// <param name="message">What went wrong.</param>
    public TaskTokenException(string code, string message)
        : base(message) => Code = code;

    /// <summary>AWS's error code: InvalidToken, TaskDoesNotExist or TaskTimedOut.</summary>
    public string Code { get; }
}
