namespace EventPro.Specs.Engine.Errors;

/// <summary>
/// The predefined error names of the Amazon States Language ("Error names", states-language.net),
/// plus the ones AWS Step Functions adds (QueryEvaluationError, Http.*).
/// </summary>
public static class StatesErrors
{
    /// <summary>The wildcard that matches any error name but the terminal ones (see <see cref="IsTerminal"/>).</summary>
    public const string All = "States.ALL";

    /// <summary>A Task or Map Run exceeded its heartbeat interval.</summary>
    public const string HeartbeatTimeout = "States.HeartbeatTimeout";

    /// <summary>A Task ran longer than TimeoutSeconds, or failed to heartbeat in time.</summary>
    public const string Timeout = "States.Timeout";

    /// <summary>A Task failed during execution.</summary>
    public const string TaskFailed = "States.TaskFailed";

    /// <summary>A Task failed because of insufficient privileges.</summary>
    public const string Permissions = "States.Permissions";

    /// <summary>A ResultPath cannot be applied to the state's input.</summary>
    public const string ResultPathMatchFailure = "States.ResultPathMatchFailure";

    /// <summary>A field in Parameters whose name ends in <c>.$</c> could not be resolved.</summary>
    public const string ParameterPathFailure = "States.ParameterPathFailure";

    /// <summary>A branch of a Parallel state failed.</summary>
    public const string BranchFailed = "States.BranchFailed";

    /// <summary>A Choice state found no matching rule and has no Default.</summary>
    public const string NoChoiceMatched = "States.NoChoiceMatched";

    /// <summary>An intrinsic function call failed.</summary>
    public const string IntrinsicFailure = "States.IntrinsicFailure";

    /// <summary>A Map state's failed items exceeded its tolerated failure threshold.</summary>
    public const string ExceedToleratedFailureThreshold = "States.ExceedToleratedFailureThreshold";

    /// <summary>Output larger than the 256 KiB payload quota.</summary>
    public const string DataLimitExceeded = "States.DataLimitExceeded";

    /// <summary>An execution failed on an exception it could not process (e.g. a path that selects nothing). Never retriable.</summary>
    public const string Runtime = "States.Runtime";

    /// <summary>A JSONata expression failed to evaluate.</summary>
    public const string QueryEvaluationError = "States.QueryEvaluationError";

    /// <summary>The Map state's item reader failed.</summary>
    public const string ItemReaderFailed = "States.ItemReaderFailed";

    /// <summary>Whether <paramref name="error"/> is one that <c>States.ALL</c> does not match (AWS: States.ALL matches all errors except States.DataLimitExceeded and States.Runtime, which are terminal).</summary>
    public static bool IsTerminal(string error) => error is DataLimitExceeded or Runtime;
}
