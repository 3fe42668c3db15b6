using EventPro.Specs.Engine.ErrorHandling;
using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Paths;
using EventPro.Specs.Engine.Time;

namespace EventPro.Specs.Engine.States;

/// <summary>
/// Retry and Catch in one loop (ASL spec, "Error handling"): each attempt runs the state's work; on
/// an error the first retrier whose ErrorEquals matches decides (each retrier counts its own
/// attempts; once it is exhausted the error goes to the catchers, not to later retriers); the wait
/// follows <see cref="RetryDelay"/> on the execution clock; then the first matching catcher sends
/// the error output <c>{"Error","Cause"}</c> through its ResultPath (JSONPath) or its Output and
/// Assign, which see it as <c>$states.errorOutput</c> (JSONata), to its Next.
/// </summary>
public abstract partial class TaskLikeState
{
    private CaughtError? _lastErrorOutput;

    /// <summary>One attempt: everything from InputPath to OutputPath, recording the state's own events.</summary>
    internal abstract ValueTask<StateOutcome> AttemptAsync(StateRun run);

    internal sealed override async ValueTask<StateOutcome> RunAsync(StateRun run)
    {
        int[]? retriesUsed = null;
        while (true)
        {
            StateOutcome outcome;
            try
            {
                outcome = run.CheckPayload(await AttemptAsync(run));
            }
            catch (StatesException e)
            {
                outcome = run.Fail(e);
            }

            if (!outcome.Failed)
            {
                return outcome;
            }

            var error = outcome.Error ?? string.Empty;
            var retrierIndex = FindRetrier(error);
            if (retrierIndex >= 0)
            {
                retriesUsed ??= new int[Retry.Count];
                var retrier = Retry[retrierIndex];
                if (retriesUsed[retrierIndex] < retrier.MaxAttempts)
                {
                    var delay = RetryDelay.Compute(retrier, retriesUsed[retrierIndex], retrier.Jitter == JitterStrategy.Full ? run.Random.NextDouble() : 0);
                    retriesUsed[retrierIndex]++;
                    run.RetryCount++;
                    if (delay > TimeSpan.Zero)
                    {
                        await ClockDelay.WaitAsync(delay, run.Run.Clock, run.Branch.Cancellation);
                    }

                    continue;
                }
            }

            RecordFinalFailure(run);
            return Catch.Count == 0 ? outcome : ApplyCatch(run, outcome);
        }
    }

    /// <summary>
    /// Records the state's own failed event once no retrier will run it again (AWS records
    /// MapStateFailed / ParallelStateFailed only then; retried attempts just start over).
    /// </summary>
    internal virtual void RecordFinalFailure(StateRun run)
    {
    }

    private int FindRetrier(string error)
    {
        for (var i = 0; i < Retry.Count; i++)
        {
            if (ErrorMatcher.Matches(Retry[i].ErrorEquals, error))
            {
                return i;
            }
        }

        return -1;
    }

    private StateOutcome ApplyCatch(StateRun run, StateOutcome failure)
    {
        for (var i = 0; i < Catch.Count; i++)
        {
            var catcher = Catch[i];
            if (!ErrorMatcher.Matches(catcher.ErrorEquals, failure.Error ?? string.Empty))
            {
                continue;
            }

            var error = ErrorOutput(failure.Error, failure.Cause);
            if (IsJsonata)
            {
                return FinishJsonata(run.Jsonata(errorOutput: error), error, catcher.Next, catcher.Output, catcher.JsonataAssign);
            }

            var output = catcher.ResultPath.IsNull ? run.RawInput : ResultPathMerge.Apply(catcher.ResultPath.ReferencePath!, run.RawInput, error);
            var assigned = EvaluateAssign(catcher.Assign, error, run);
            return StateOutcome.Continue(output, catcher.Next, assigned);
        }

        return failure;
    }

    /// <summary>
    /// The error output <c>{"Error","Cause"}</c> a catcher passes on. A state is mostly caught with the
    /// same error and cause (a mocked or fixed failure), and the output is immutable, so the last one
    /// built is shared; a different error or cause builds a new one. Executions on several threads
    /// may replace it at once: any complete instance is right.
    /// </summary>
    private JsonObject ErrorOutput(string? error, string? cause)
    {
        var cached = _lastErrorOutput;
        if (cached is not null && cached.Error == error && cached.Cause == cause)
        {
            return cached.Output;
        }

        var built = BuildErrorOutput(error, cause);
        _lastErrorOutput = new CaughtError(error, cause, built);
        return built;
    }

    /// <summary>The error output with its members only when set, built as one exact array.</summary>
    private static JsonObject BuildErrorOutput(string? error, string? cause)
    {
        var members = new KeyValuePair<string, JsonValue>[(error is null ? 0 : 1) + (cause is null ? 0 : 1)];
        if (error is not null)
        {
            members[0] = new("Error", error);
        }

        if (cause is not null)
        {
            members[^1] = new("Cause", cause);
        }

        return JsonObject.Adopt(members);
    }

    /// <summary>The input the state's work starts from: the state input after InputPath (JSONPath), or the raw input (JSONata).</summary>
    internal JsonValue EffectiveInput(StateRun run) => IsJsonata ? run.RawInput : ApplyInputPath(run);

    /// <summary>The task's or branches' input: Parameters on the effective input (JSONPath) or Arguments (JSONata); the effective input when absent.</summary>
    internal JsonValue BuildInput(StateRun run, JsonValue effective) => IsJsonata
        ? Arguments?.Evaluate(run.Jsonata()) ?? effective
        : Parameters?.Evaluate(effective, run) ?? effective;

    /// <summary>
    /// On a successful result: ResultSelector, ResultPath and OutputPath, Assign seeing the selected
    /// result (JSONPath); or Output (default <c>$states.result</c>) and Assign, both seeing
    /// <c>$states.result</c> (JSONata).
    /// </summary>
    internal StateOutcome Finish(StateRun run, JsonValue result)
    {
        if (IsJsonata)
        {
            return FinishJsonata(run.Jsonata(result: result), result, Next, Output, JsonataAssign);
        }

        var selected = ResultSelector?.Evaluate(result, run) ?? result;
        var assigned = EvaluateAssign(Assign, selected, run);
        var merged = ResultPath.IsNull ? run.RawInput : ResultPathMerge.Apply(ResultPath.ReferencePath!, run.RawInput, selected);
        return StateOutcome.Continue(ApplyOutputPath(merged, run), Next, assigned);
    }

    /// <summary>An error output and the error and cause it was built from.</summary>
    private sealed record CaughtError(string? Error, string? Cause, JsonObject Output);
}
