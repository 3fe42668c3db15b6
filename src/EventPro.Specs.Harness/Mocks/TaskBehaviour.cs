using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Harness.Mocks;

/// <summary>How a mocked Task state answers, as a scenario declares it ("returns", "throws", "fails 2 times then returns", "times out").</summary>
public abstract record TaskBehaviour
{
    /// <summary>Answers the <paramref name="callIndex"/>-th call (0-based) of the state.</summary>
    public abstract ValueTask<JsonValue> AnswerAsync(TaskInvocation invocation, int callIndex);

    /// <summary>Always returns <paramref name="Result"/>.</summary>
    public sealed record Returns(JsonValue Result) : TaskBehaviour
    {
        /// <inheritdoc />
        public override ValueTask<JsonValue> AnswerAsync(TaskInvocation invocation, int callIndex) => ValueTask.FromResult(Result);
    }

    /// <summary>Always fails with <paramref name="Error"/> and <paramref name="Cause"/>.</summary>
    public sealed record Throws(string Error, string? Cause) : TaskBehaviour
    {
        /// <inheritdoc />
        public override ValueTask<JsonValue> AnswerAsync(TaskInvocation invocation, int callIndex) => throw new StatesException(Error, Cause);
    }

    /// <summary>
    /// Returns <paramref name="Results"/> one call after the other; calls past the end get the last
    /// one again (a state polled in a loop keeps seeing the latest answer).
    /// </summary>
    public sealed record ReturnsInTurn(IReadOnlyList<JsonValue> Results) : TaskBehaviour
    {
        /// <inheritdoc />
        public override ValueTask<JsonValue> AnswerAsync(TaskInvocation invocation, int callIndex) =>
            Results.Count == 0
                ? throw new InvalidOperationException($"No results were declared for the task '{invocation.StateName}'.")
                : ValueTask.FromResult(Results[Math.Min(callIndex, Results.Count - 1)]);
    }

    /// <summary>Fails the first <paramref name="Times"/> calls, then behaves as <paramref name="Then"/>.</summary>
    public sealed record FailsThen(int Times, string Error, string? Cause, TaskBehaviour Then) : TaskBehaviour
    {
        /// <inheritdoc />
        public override ValueTask<JsonValue> AnswerAsync(TaskInvocation invocation, int callIndex) =>
            callIndex < Times ? throw new StatesException(Error, Cause) : Then.AnswerAsync(invocation, callIndex - Times);
    }

    /// <summary>Behaves as <paramref name="First"/> for the first <paramref name="Times"/> calls, then fails every later call.</summary>
    public sealed record FailsAfter(int Times, TaskBehaviour First, string Error, string? Cause) : TaskBehaviour
    {
        /// <inheritdoc />
        public override ValueTask<JsonValue> AnswerAsync(TaskInvocation invocation, int callIndex) =>
            callIndex < Times ? First.AnswerAsync(invocation, callIndex) : throw new StatesException(Error, Cause);
    }

    /// <summary>Takes <paramref name="Delay"/> of the execution's time, then behaves as <paramref name="Then"/>.</summary>
    public sealed record Delays(TimeSpan Delay, TaskBehaviour Then) : TaskBehaviour
    {
        /// <inheritdoc />
        public override async ValueTask<JsonValue> AnswerAsync(TaskInvocation invocation, int callIndex)
        {
            await Task.Delay(Delay, invocation.Clock, invocation.Cancellation);
            return await Then.AnswerAsync(invocation, callIndex);
        }
    }

    /// <summary>Never answers in time: takes one second longer than the state's TimeoutSeconds (AWS's default 99999999 when it has none).</summary>
    public sealed record TimesOut : TaskBehaviour
    {
        /// <inheritdoc />
        public override async ValueTask<JsonValue> AnswerAsync(TaskInvocation invocation, int callIndex)
        {
            await Task.Delay(TimeSpan.FromSeconds((invocation.TimeoutSeconds ?? 99_999_999) + 1), invocation.Clock, invocation.Cancellation);
            return JsonObject.Empty;
        }
    }
}
