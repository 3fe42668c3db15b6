using EventPro.Specs.Engine.Errors;

namespace EventPro.Specs.Engine.ErrorHandling;

/// <summary>How an ErrorEquals list matches an error name (ASL spec, "Error names"; AWS "Handling errors").</summary>
public static class ErrorMatcher
{
    /// <summary>
    /// Whether <paramref name="errorEquals"/> matches <paramref name="error"/>: an exact name;
    /// <c>States.ALL</c> for any error but the terminal States.DataLimitExceeded and States.Runtime;
    /// <c>States.TaskFailed</c> as a wildcard for any error but the timeouts (and the terminal ones);
    /// <c>States.Timeout</c> also for States.HeartbeatTimeout.
    /// States.Runtime is never matched: AWS says such errors "will always cause the execution to fail".
    /// </summary>
    public static bool Matches(IReadOnlyList<string> errorEquals, string error)
    {
        if (error == StatesErrors.Runtime)
        {
            return false;
        }

        // Indexed: a foreach over the IReadOnlyList would allocate an enumerator for every failed attempt.
        for (var i = 0; i < errorEquals.Count; i++)
        {
            var name = errorEquals[i];
            if (string.Equals(name, error, StringComparison.Ordinal))
            {
                return true;
            }

            if (name == StatesErrors.All && !StatesErrors.IsTerminal(error))
            {
                return true;
            }

            if (name == StatesErrors.TaskFailed && !StatesErrors.IsTerminal(error) && error is not (StatesErrors.Timeout or StatesErrors.HeartbeatTimeout))
            {
                return true;
            }

            // A heartbeat timeout is a kind of timeout: States.Timeout caught both before AWS added
            // States.HeartbeatTimeout, and still does (aws/aws-cdk#16084 quotes the Step Functions team).
            if (name == StatesErrors.Timeout && error == StatesErrors.HeartbeatTimeout)
            {
                return true;
            }
        }

        return false;
    }
}
