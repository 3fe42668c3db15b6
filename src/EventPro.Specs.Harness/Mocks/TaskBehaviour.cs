using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Harness.Mocks;

/// <summary>
/// How a mocked Task state answers, as a scenario declares it ("returns", "throws", "fails 2 times
/// then returns", "times out"). An answer of null lets the next task backend answer the call (the
/// scenario's stateful fakes, a MockConfigFile test case, an endpoint): "fails 2 times" then does
/// what the state would do without the mock.
/// </summary>
public abstract record TaskBehaviour
{
    /// <summary>Answers the <paramref name="callIndex"/>-th call (0-based) of the state; null lets the next backend answer.</summary>
    public abstract ValueTask<JsonValue?> AnswerAsync(TaskInvocation invocation, int callIndex);

    /// <summary>Always returns <paramref name="Result"/>.</summary>
    public sealed record Returns(JsonValue Result) : TaskBehaviour
    {
        /// <inheritdoc />
        public override ValueTask<JsonValue?> AnswerAsync(TaskInvocation invocation, int callIndex) => ValueTask.FromResult<JsonValue?>(Result);
    }

    /// <summary>Always fails with <paramref name="Error"/> and <paramref name="Cause"/>.</summary>
    public sealed record Throws(string Error, string? Cause) : TaskBehaviour
    {
        /// <inheritdoc />
        public override ValueTask<JsonValue?> AnswerAsync(TaskInvocation invocation, int callIndex) => throw new StatesException(Error, Cause);
    }

    /// <summary>
    /// Always fails as the AWS service the state calls fails when it throws <paramref name="Exception"/>:
    /// the error named by <see cref="AwsErrorNames.ForResource"/> (e.g. <c>ResourceNotFoundException</c> from
    /// <c>aws-sdk:secretsmanager:getSecretValue</c> is <c>SecretsManager.ResourceNotFoundException</c>).
    /// </summary>
    public sealed record ThrowsServiceException(string Exception, string? Cause) : TaskBehaviour
    {
        /// <inheritdoc />
        public override ValueTask<JsonValue?> AnswerAsync(TaskInvocation invocation, int callIndex)
        {
            ArgumentNullException.ThrowIfNull(invocation);
            string error;
            try
            {
                error = AwsErrorNames.ForResource(invocation.Resource, Exception);
            }
            catch (ArgumentException e)
            {
                // A set-up mistake, not the task's failure: a Catch must not hide it.
                throw new EvaluationException(StatesErrors.Runtime, $"The task '{invocation.StateName}' cannot throw '{Exception}': {e.Message}");
            }

            throw new StatesException(error, Cause);
        }
    }

    /// <summary>
    /// Returns <paramref name="Results"/> one call after the other; calls past the end get the last
    /// one again (a state polled in a loop keeps seeing the latest answer).
    /// </summary>
    public sealed record ReturnsInTurn(IReadOnlyList<JsonValue> Results) : TaskBehaviour
    {
        /// <inheritdoc />
        public override ValueTask<JsonValue?> AnswerAsync(TaskInvocation invocation, int callIndex) =>
            Results.Count == 0
                ? throw new InvalidOperationException($"No results were declared for the task '{invocation.StateName}'.")
                : ValueTask.FromResult<JsonValue?>(Results[Math.Min(callIndex, Results.Count - 1)]);
    }

    /// <summary>Fails the first <paramref name="Times"/> calls, then behaves as <paramref name="Then"/>.</summary>
    public sealed record FailsThen(int Times, string Error, string? Cause, TaskBehaviour Then) : TaskBehaviour
    {
        /// <inheritdoc />
        public override ValueTask<JsonValue?> AnswerAsync(TaskInvocation invocation, int callIndex) =>
            callIndex < Times ? throw new StatesException(Error, Cause) : Then.AnswerAsync(invocation, callIndex - Times);
    }

    /// <summary>Behaves as <paramref name="First"/> for the first <paramref name="Times"/> calls, then fails every later call.</summary>
    public sealed record FailsAfter(int Times, TaskBehaviour First, string Error, string? Cause) : TaskBehaviour
    {
        /// <inheritdoc />
        public override ValueTask<JsonValue?> AnswerAsync(TaskInvocation invocation, int callIndex) =>
            callIndex < Times ? First.AnswerAsync(invocation, callIndex) : throw new StatesException(Error, Cause);
    }

    /// <summary>Takes <paramref name="Delay"/> of the execution's time, then behaves as <paramref name="Then"/>.</summary>
    public sealed record Delays(TimeSpan Delay, TaskBehaviour Then) : TaskBehaviour
    {
        /// <inheritdoc />
        public override async ValueTask<JsonValue?> AnswerAsync(TaskInvocation invocation, int callIndex)
        {
            var outlasts = OutlastsTimeout(Delay, invocation);
            await Task.Delay(Effective(Delay, outlasts), invocation.Clock, invocation.Cancellation);

            // The engine timed the attempt out first and ignores this answer; the call never reaches
            // the next backend, so a slow call has no late side effect in the scenario's fakes.
            return outlasts
                ? throw new StatesException(StatesErrors.Timeout, "The call was slower than the state's TimeoutSeconds.")
                : await Then.AnswerAsync(invocation, callIndex);
        }

        /// <summary>
        /// The delay to wait: a delay that reaches the timeout waits a millisecond more, so the
        /// engine's timeout fires first even when both fall on the same instant of virtual time.
        /// </summary>
        public static TimeSpan Effective(TimeSpan delay, bool outlastsTimeout) => outlastsTimeout ? delay + TimeSpan.FromMilliseconds(1) : delay;

        /// <summary>Whether a call delayed by <paramref name="delay"/> reaches the state's TimeoutSeconds (the engine times it out first).</summary>
        public static bool OutlastsTimeout(TimeSpan delay, TaskInvocation invocation) =>
            invocation?.TimeoutSeconds is { } timeout && delay >= TimeSpan.FromSeconds(timeout);
    }

    /// <summary>Never answers in time: takes one second longer than the state's TimeoutSeconds (AWS's default 99999999 when it has none).</summary>
    public sealed record TimesOut : TaskBehaviour
    {
        /// <inheritdoc />
        public override async ValueTask<JsonValue?> AnswerAsync(TaskInvocation invocation, int callIndex)
        {
            await Task.Delay(TimeSpan.FromSeconds((invocation.TimeoutSeconds ?? 99_999_999) + 1), invocation.Clock, invocation.Cancellation);
            return JsonObject.Empty;
        }
    }

    /// <summary>Lets the next task backend answer (the scenario's fakes, a test case, an endpoint), as if the state were not mocked.</summary>
    public sealed record FallsThrough : TaskBehaviour
    {
        /// <inheritdoc />
        public override ValueTask<JsonValue?> AnswerAsync(TaskInvocation invocation, int callIndex) => ValueTask.FromResult<JsonValue?>(null);
    }

    /// <summary>
    /// Answers the calls listed in <paramref name="Calls"/> (0-based call index, retries and
    /// re-entries counted) their own way and every other call as <paramref name="Otherwise"/>:
    /// "call 2 of the task fails", as a chaos reproducer pins a fault to one attempt.
    /// </summary>
    public sealed record PerCall(IReadOnlyDictionary<int, TaskBehaviour> Calls, TaskBehaviour Otherwise) : TaskBehaviour
    {
        /// <inheritdoc />
        public override ValueTask<JsonValue?> AnswerAsync(TaskInvocation invocation, int callIndex) =>
            Calls.TryGetValue(callIndex, out var behaviour) ? behaviour.AnswerAsync(invocation, callIndex) : Otherwise.AnswerAsync(invocation, callIndex);
    }
}
