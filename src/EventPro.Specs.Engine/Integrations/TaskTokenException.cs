namespace EventPro.Specs.Engine.Integrations;

/// <summary>
/// SendTaskSuccess, SendTaskFailure or SendTaskHeartbeat refused a token, with the error AWS gives
/// (API reference, SendTaskSuccess "Errors"): <c>InvalidToken</c> (not a token at all),
/// <c>TaskDoesNotExist</c> (no task has this token) or <c>TaskTimedOut</c> (the task already ended:
/// answered, timed out, or its execution stopped); SendTaskSuccess also <c>InvalidOutput</c> (the output
/// is not a JSON text). <see cref="AwsMessage"/> is the message AWS answers with, in its
/// <c>"&lt;Title&gt;: '&lt;detail&gt;'"</c> form (AWS answers a closed task's token with
/// <c>Task Timed Out: 'Provided task does not exist anymore'</c>).
/// </summary>
public sealed class TaskTokenException : Exception
{
    /// <summary>The error code for a token that is not shaped like a task token.</summary>
    public const string InvalidToken = "InvalidToken";

    /// <summary>The error code for a well-formed token no task was given.</summary>
    public const string TaskDoesNotExist = "TaskDoesNotExist";

    /// <summary>The error code for the token of a task that already ended.</summary>
    public const string TaskTimedOut = "TaskTimedOut";

    /// <summary>The error code for SendTaskSuccess output that is not a JSON text.</summary>
    public const string InvalidOutput = "InvalidOutput";

    /// <summary>Creates the error.</summary>
    /// <param name="code">AWS's error code (one of the constants).</param>
    /// <param name="message">What went wrong.</param>
    /// <param name="awsDetail">The detail AWS puts in its message; default AWS's fixed text for the token errors.</param>
    public TaskTokenException(string code, string message, string? awsDetail = null)
        : base(message)
    {
        Code = code;
        AwsDetail = awsDetail ?? code switch
        {
            InvalidToken => "Invalid token",
            TaskDoesNotExist => "Provided task does not exist",
            TaskTimedOut => "Provided task does not exist anymore",
            _ => message,
        };
    }

    /// <summary>AWS's error code: InvalidToken, TaskDoesNotExist, TaskTimedOut or InvalidOutput.</summary>
    public string Code { get; }

    /// <summary>The detail of AWS's message, e.g. <c>Provided task does not exist anymore</c>.</summary>
    public string AwsDetail { get; }

    /// <summary>AWS's whole message, e.g. <c>Task Timed Out: 'Provided task does not exist anymore'</c>.</summary>
    public string AwsMessage => $"{Title}: '{AwsDetail}'";

    private string Title => Code switch
    {
        InvalidToken => "Invalid Token",
        TaskDoesNotExist => "Task Does Not Exist",
        TaskTimedOut => "Task Timed Out",
        InvalidOutput => "Invalid Output",
        _ => Code,
    };
}
