using System.Collections.Concurrent;
using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Integrations.Nested;
using EventPro.Specs.Engine.Integrations.Sfn;
using EventPro.Specs.Server.Hosting;
using EventPro.Specs.Server.Registry;

namespace EventPro.Specs.Server.Executions;

/// <summary>
/// Runs executions in the background, each on its own thread: the engine runs an execution's loop
/// on the calling thread and blocks it while a real-time Wait elapses, so thread-pool threads would
/// starve under many waiting executions. Tracks the running ones so the server can stop them all.
/// </summary>
public sealed class ExecutionLauncher : IDisposable
{
    private static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(10);

    private readonly ServerOptions _options;
    private readonly TaskTokens _tokens;
    private readonly StartExecutionBackend? _startExecution;
    private readonly ChildExecutionRecorder? _children;
    private readonly ConcurrentDictionary<ExecutionRecord, Thread> _running = new();

    // Stateless: it answers through each execution's broker, which is the server's (OptionsFor).
    private static readonly SfnTaskTokenBackend TokenAnswers = new();
    private int _disposed;

    /// <summary>Creates a launcher with the server's options (clock, task backends).</summary>
    /// <param name="options">The server options.</param>
    /// <param name="tokens">The task tokens its callback tasks hand out (SendTaskSuccess/Failure/Heartbeat answer them).</param>
    /// <param name="registry">
    /// The server's registry: <c>states:startExecution</c> tasks start its state machines as child
    /// executions, listed and described like the others; null to leave those tasks to the host's backends.
    /// </param>
    public ExecutionLauncher(ServerOptions options, TaskTokens tokens, StepFunctionsRegistry? registry = null)
    {
        _options = options;
        _tokens = tokens;
        if (registry is not null)
        {
            _startExecution = new StartExecutionBackend(new RegistryStateMachineCatalog(registry));
            _children = new ChildExecutionRecorder(registry);
        }
    }

    /// <summary>How many executions are running now.</summary>
    public int RunningCount => _running.Count;

    /// <summary>
    /// Starts <paramref name="record"/> on a new thread; it completes the record when it ends.
    /// <paramref name="testCase"/> (a <c>#TestCase</c> backend) is asked before the host's backends.
    /// </summary>
    public void Launch(ExecutionRecord record, ITaskBackend? testCase, bool keepHistory)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        ITaskBackend[] backends;
        try
        {
            var host = _options.TaskBackends(record.StateMachine.Info(record.Revision));
            // After the host's backends: a mock (test case or host backend) for the state answers instead of a
            // child, or instead of answering a token of the server's broker (aws-sdk:sfn:sendTask*, as SendTaskSuccess does).
            backends = _startExecution is null ? [.. host, TokenAnswers] : [.. host, _startExecution, TokenAnswers];
        }
        catch (Exception e)
        {
            // The host could not give backends: the execution fails at once, as one whose task setup failed.
            record.Complete(ExecutionOutcome.Crashed(e, _options.Clock.GetUtcNow()));
            return;
        }

        // The record sees each event as it is recorded (GetExecutionHistory shows a running execution's
        // events) and is completed at the execution's terminal event, before children it did not wait for end.
        var options = OptionsFor(record, testCase) with { Observer = new ExecutionRecordObserver(record, keepHistory) };
        var thread = new Thread(() => Run(record, backends, options))
        {
            IsBackground = true,
            Name = $"sfn execution {record.Name}",
        };
        _running[record] = thread;
        thread.Start();
    }

    /// <summary>The engine options of <paramref name="record"/>: its names, ARN parts, role, seed, clock and stop token.</summary>
    public ExecutionOptions OptionsFor(ExecutionRecord record, ITaskBackend? testCase)
    {
        var options = new ExecutionOptions
        {
            Name = record.Name,
            StateMachineName = record.StateMachine.Name,
            Region = record.StateMachine.Region,
            AccountId = record.StateMachine.Account,
            RoleArn = record.Revision.RoleArn,
            // AWS executions are not reproducible; each gets its own seed (UUID, MathRandom, jitter).
            Seed = Random.Shared.Next(),
            TaskBackend = testCase,
            Cancellation = record.StopToken,
            // Callback tasks wait for SendTaskSuccess/Failure/Heartbeat on the server's broker; the
            // live history shows their tokens in TaskScheduled's parameters.
            TaskTokens = _tokens,
            ChildExecutionObserver = _children,
        };
        return ExecutionClock.Apply(options, _options.TimeScale, record.StartDate);
    }

    /// <summary>Stops every running execution (they end ABORTED) and waits a while for their threads.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        var running = _running.ToArray();
        foreach (var (record, _) in running)
        {
            record.RequestStop(new StopRequest(null, "The server stopped."));
        }

        var deadline = DateTime.UtcNow + ShutdownGrace;
        foreach (var (_, thread) in running)
        {
            var left = deadline - DateTime.UtcNow;
            thread.Join(left > TimeSpan.Zero ? left : TimeSpan.Zero);
        }
    }

    private void Run(ExecutionRecord record, ITaskBackend[] backends, ExecutionOptions options)
    {
        try
        {
            // The options' ExecutionRecordObserver completes the record at the terminal event; this returns
            // only when the children the execution started without waiting for them have ended too.
            new StepFunctionsEngine(backends).Execute(record.Revision.Machine, record.Input, options);
        }
        catch (Exception e)
        {
            // Whatever escaped the engine, the execution must end rather than stay RUNNING forever.
            record.Complete(ExecutionOutcome.Crashed(e, _options.Clock.GetUtcNow()));
        }
        finally
        {
            _running.TryRemove(record, out _);
        }
    }
}
