using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Tests.Execution;

namespace EventPro.Specs.Engine.Tests.Integrations;

/// <summary>
/// A backend whose reply comes from another thread (as a real HTTP call's does): declared as outside
/// work, the virtual clock must not jump to the state's TimeoutSeconds timer while it is in flight.
/// </summary>
public class OutsideWorkTests
{
    private const string TimedTask = """
        { "StartAt": "Call", "States": { "Call": { "Type": "Task", "Resource": "arn:aws:states:::http:invoke", "TimeoutSeconds": 5, "End": true } } }
        """;

    private const string UntimedTask = """
        { "StartAt": "Call", "States": { "Call": { "Type": "Task", "Resource": "arn:aws:states:::http:invoke", "End": true } } }
        """;

    [Fact]
    public async Task BeginOutsideWork_ReplyFromAnotherThread_WaitsForItWithoutFiringTheTimeout()
    {
        var backend = new ExternalReplyBackend(declareOutsideWork: true, continueOnLoop: true);

        var result = await RunAndReplyAsync(TimedTask, backend);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("{\"answered\":true}", result.Output!.ToJson());
        Assert.Equal(TimeSpan.Zero, result.StopDate - result.StartDate);
        Assert.True(backend.Scope!.HasEnded);
    }

    [Fact]
    public async Task NoOutsideWork_ReplyFromAnotherThread_VirtualClockJumpsToTheTimeout()
    {
        // Why backends doing real I/O must declare it: the loop sees nothing runnable and skips time.
        var backend = new ExternalReplyBackend(declareOutsideWork: false, continueOnLoop: true);

        var result = await RunWithoutReplyAsync(TimedTask, backend);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("States.Timeout", result.Error);
        Assert.Equal(TimeSpan.FromSeconds(5), result.StopDate - result.StartDate);
    }

    [Fact]
    public async Task NoOutsideWork_NoTimerAndReplyFromAnotherThread_ReportsWaitingForNothing()
    {
        var backend = new ExternalReplyBackend(declareOutsideWork: false, continueOnLoop: true);

        var error = await Assert.ThrowsAsync<ExecutionStalledException>(() => RunWithoutReplyAsync(UntimedTask, backend));

        Assert.Contains("waiting for nothing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BeginOutsideWork_DisposedOffTheLoopThread_EndsWhenTheCallReturns()
    {
        var backend = new ExternalReplyBackend(declareOutsideWork: true, continueOnLoop: false);

        var result = await RunAndReplyAsync(TimedTask, backend);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(TimeSpan.Zero, result.StopDate - result.StartDate);
        Assert.True(backend.Scope!.HasEnded);
    }

    [Fact]
    public async Task BeginOutsideWork_NeverDisposed_EndsWhenTheCallReturnsAndLaterWaitsStillSkip()
    {
        const string definition = """
            {
              "StartAt": "Call",
              "States": {
                "Call": { "Type": "Task", "Resource": "arn:aws:states:::http:invoke", "Next": "Hold" },
                "Hold": { "Type": "Wait", "Seconds": 600, "End": true }
              }
            }
            """;
        var backend = new ExternalReplyBackend(declareOutsideWork: true, continueOnLoop: true, dispose: false);

        var result = await RunAndReplyAsync(definition, backend);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.True(backend.Scope!.HasEnded);
        Assert.Equal(TimeSpan.FromMinutes(10), result.StopDate - result.StartDate);
    }

    [Fact]
    public void BeginOutsideWork_OutsideAnExecution_IsHarmless()
    {
        var backend = new InProcessTaskBackend().ForState("Call", invocation =>
        {
            using var work = invocation.BeginOutsideWork();
            return JsonValue.Parse("{}");
        });

        var result = Machines.Run(UntimedTask, backend: backend);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
    }

    /// <summary>Runs the execution on the thread pool and answers the backend from this thread once it waits.</summary>
    private static async Task<ExecutionResult> RunAndReplyAsync(string definition, ExternalReplyBackend backend)
    {
        var machine = StateMachine.Parse(definition, "test.asl.json");
        var run = new StepFunctionsEngine(backend).ExecuteAsync(machine, JsonObject.Empty);
        var first = await Task.WhenAny(backend.Started, run);
        if (first == backend.Started)
        {
            backend.Reply(JsonValue.Parse("{\"answered\":true}"));
        }

        return await run;
    }

    /// <summary>Runs the execution and never answers the backend: only virtual time can end it.</summary>
    private static Task<ExecutionResult> RunWithoutReplyAsync(string definition, ExternalReplyBackend backend) =>
        new StepFunctionsEngine(backend).ExecuteAsync(StateMachine.Parse(definition, "test.asl.json"), JsonObject.Empty);

    /// <summary>A backend that waits for a reply completed by the test's thread.</summary>
    private sealed class ExternalReplyBackend(bool declareOutsideWork, bool continueOnLoop, bool dispose = true) : ITaskBackend
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource<JsonValue> _reply = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Started => _started.Task;

        public OutsideWork? Scope { get; private set; }

        public void Reply(JsonValue value) => _reply.SetResult(value);

        public async ValueTask<TaskOutcome?> InvokeAsync(TaskInvocation invocation)
        {
            Scope = declareOutsideWork ? invocation.BeginOutsideWork() : null;
            try
            {
                _started.SetResult();
                var answer = await _reply.Task.ConfigureAwait(continueOnLoop);
                return TaskOutcome.Success(answer);
            }
            finally
            {
                if (dispose)
                {
                    Scope?.Dispose();
                }
            }
        }
    }
}
