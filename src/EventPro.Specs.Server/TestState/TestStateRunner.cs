using EventPro.Specs.Engine;
using EventPro.Specs.Engine.ErrorHandling;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.States;
using EventPro.Specs.Engine.Time;
using EventPro.Specs.Server.Operations;

namespace EventPro.Specs.Server.TestState;

/// <summary>
/// Runs one state the way AWS's TestState does, on the engine, in virtual time (a Wait state
/// does not wait). TestState never retries: an error a retrier would handle, with attempts left
/// after <c>stateConfiguration.retrierRetryCount</c>, is RETRIABLE with the back-off it would wait;
/// an error a catcher handles is CAUGHT_ERROR with the catcher's output and next state;
/// anything else is FAILED. AWS stops TestState after five minutes.
/// </summary>
public static class TestStateRunner
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    /// <summary>Tests the state of <paramref name="request"/>; <paramref name="hostBackends"/> answer a Task that is not mocked.</summary>
    public static async Task<TestStateResult> RunAsync(TestStateRequest request, IReadOnlyList<ITaskBackend> hostBackends, DateTimeOffset now, CancellationToken aborted)
    {
        IReadOnlyList<ITaskBackend> backends = request.Mock is { } mock ? [new TestStateMockBackend(request.StateName, mock)] : hostBackends;
        var recorder = new TestStateRecordingBackend(backends);
        var machine = TestStateMachine.Build(request, withCatch: false);
        ExecutionResult run;
        try
        {
            run = await ExecuteAsync(machine, recorder, request, now, aborted).ConfigureAwait(false);
        }
        catch (TestStateCrash crash)
        {
            return Crashed(crash);
        }

        switch (run.Status)
        {
            case ExecutionStatus.Succeeded:
                return new TestStateResult("SUCCEEDED", run.Output, null, null, NextState(run, machine), Inspect(request, run, null));
            case ExecutionStatus.Failed:
                break;
            default:
                return new TestStateResult("FAILED", null, "States.Timeout", "TestState ran longer than its limit of five minutes.", null, null);
        }

        var error = run.Error ?? string.Empty;
        var handling = ErrorHandling(request);
        var retryIndex = IndexOf(handling.Retry, r => ErrorMatcher.Matches(r.ErrorEquals, error));
        if (retryIndex >= 0 && request.RetrierRetryCount < handling.Retry[retryIndex].MaxAttempts)
        {
            var retrier = handling.Retry[retryIndex];
            var delay = RetryDelay.Compute(retrier, request.RetrierRetryCount, Random.Shared.NextDouble());
            var details = JsonObject.Of(("retryIndex", retryIndex), ("retryBackoffIntervalSeconds", (long)Math.Round(delay.TotalSeconds)));
            return new TestStateResult("RETRIABLE", null, run.Error, run.Cause, null, Inspect(request, run, details));
        }

        var catchIndex = IndexOf(handling.Catch, c => ErrorMatcher.Matches(c.ErrorEquals, error));
        if (catchIndex < 0)
        {
            return new TestStateResult("FAILED", null, run.Error, run.Cause, null, Inspect(request, run, null));
        }

        // Run again with the Catch, answering the task as the first run was answered (no second call).
        var caughtMachine = TestStateMachine.Build(request, withCatch: true);
        ITaskBackend replay = recorder.Recorded is { } recorded ? new TestStateReplayBackend(recorded) : new TestStateRecordingBackend([]);
        ExecutionResult caught;
        try
        {
            caught = await ExecuteAsync(caughtMachine, replay, request, now, aborted).ConfigureAwait(false);
        }
        catch (TestStateCrash crash)
        {
            return Crashed(crash);
        }

        return new TestStateResult(
            "CAUGHT_ERROR",
            caught.Output,
            run.Error,
            run.Cause,
            NextState(caught, caughtMachine),
            Inspect(request, caught, JsonObject.Of(("catchIndex", catchIndex))));
    }

    private static async Task<ExecutionResult> ExecuteAsync(TestStateMachine machine, ITaskBackend backend, TestStateRequest request, DateTimeOffset now, CancellationToken aborted)
    {
        var parsed = DefinitionCheck.Parse(machine.Definition.ToJson());
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        limit.CancelAfter(Limit);
        var context = request.Context;
        var options = new ExecutionOptions
        {
            Name = Name(context, "Execution") ?? "TestState",
            StateMachineName = Name(context, "StateMachine") ?? "TestState",
            TaskBackend = backend,
            Clock = ClockMode.Virtual,
            StartTime = now,
            Cancellation = limit.Token,
            // A mocked callback task (.waitForTaskToken) answers its token with the mock at once:
            // AWS's TestState takes the mock as the task's final result.
            TaskTokens = request.Mock is { } mock
                ? new TaskTokens { AwaitOutsideAnswers = false }.RespondTo(request.StateName, new CallbackResponse { Answer = mock })
                : null,
        };

        // The engine runs an execution's loop on the calling thread: give it its own.
        var run = Task.Factory.StartNew(
            () => new StepFunctionsEngine().Execute(parsed, machine.ExecutionInput, options),
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        try
        {
            return await run.ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever escaped the engine (or a backend) is the state's failure, never the API's 500.
            throw new TestStateCrash(e);
        }
    }

    private static TestStateResult Crashed(TestStateCrash crash) =>
        new("FAILED", null, "States.Runtime", $"The state could not be run: {crash.InnerException!.GetType().Name}: {crash.InnerException.Message}", null, null);

    /// <summary>The name of <c>$$.Execution</c> or <c>$$.StateMachine</c> from the given Context object, if it has one.</summary>
    private static string? Name(JsonObject? context, string member) =>
        context?.GetOrNull(member) is JsonObject o && o.GetOrNull("Name") is JsonString { Value: var name } ? name : null;

    /// <summary>The engine's reading of the state's Retry and Catch (defaults filled in); empty for states without them.</summary>
    private static (IReadOnlyList<Retrier> Retry, IReadOnlyList<Catcher> Catch) ErrorHandling(TestStateRequest request)
    {
        var machine = DefinitionCheck.Parse(TestStateMachine.Build(request, withCatch: true, withRetry: true).Definition.ToJson());
        return machine.Graph.States[request.StateName] is TaskLikeState state ? (state.Retry, state.Catch) : ([], []);
    }

    private static string? NextState(ExecutionResult run, TestStateMachine machine)
    {
        foreach (var e in run.Events)
        {
            if (e.Name is { } name && machine.StandIns.TryGetValue(name, out var target) && e.Type.ToString().EndsWith("StateEntered", StringComparison.Ordinal))
            {
                return target;
            }
        }

        return null;
    }

    /// <summary>
    /// The inspection data AWS gives at DEBUG and TRACE, from the run's history: each step is
    /// reported when the history shows it exactly (the input, the task parameters and result) or
    /// when the step does not change it (no InputPath, ResultSelector or OutputPath). Error
    /// handling details are reported at every level.
    /// </summary>
    private static JsonObject? Inspect(TestStateRequest request, ExecutionResult run, JsonObject? errorDetails)
    {
        var data = new JsonObjectBuilder(8);
        if (request.InspectionLevel != "INFO")
        {
            InspectSteps(request, run, data);
        }

        if (errorDetails is not null)
        {
            data["errorDetails"] = errorDetails;
        }

        return data.Count == 0 ? null : data.Build();
    }

    private static void InspectSteps(TestStateRequest request, ExecutionResult run, JsonObjectBuilder data)
    {
        var state = request.State;
        var jsonPath = !request.IsJsonata;
        var mine = run.Events.Where(e => e.Name == request.StateName).ToList();
        var entered = mine.FirstOrDefault(e => e.Type.ToString().EndsWith("StateEntered", StringComparison.Ordinal));
        var exited = mine.FirstOrDefault(e => e.Type.ToString().EndsWith("StateExited", StringComparison.Ordinal));
        var scheduled = run.Events.FirstOrDefault(e => e.Type is Engine.History.HistoryEventType.TaskScheduled or Engine.History.HistoryEventType.LambdaFunctionScheduled);
        var succeeded = run.Events.FirstOrDefault(e => e.Type is Engine.History.HistoryEventType.TaskSucceeded or Engine.History.HistoryEventType.LambdaFunctionSucceeded);
        if (entered?.Input is { } input)
        {
            data["input"] = input.ToJson();
            if (jsonPath && !state.ContainsKey("InputPath"))
            {
                data["afterInputPath"] = input.ToJson();
            }
        }

        if (scheduled?.Parameters is { } parameters)
        {
            data["afterParameters"] = parameters.ToJson();
        }

        if (succeeded?.Output is { } result)
        {
            data["result"] = result.ToJson();
            if (!state.ContainsKey("ResultSelector"))
            {
                data["afterResultSelector"] = result.ToJson();
            }
        }

        if (exited?.Output is { } output && jsonPath && !state.ContainsKey("OutputPath"))
        {
            data["afterResultPath"] = output.ToJson();
        }

        var variables = new JsonObjectBuilder(request.Variables);
        if (exited?.AssignedVariables is { } assigned)
        {
            foreach (var (name, value) in assigned.AsSpan())
            {
                variables[name] = value;
            }
        }

        if (variables.Count > 0)
        {
            data["variables"] = variables.Build().ToJson();
        }
    }

    private static int IndexOf<T>(IReadOnlyList<T> items, Func<T, bool> match)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (match(items[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
