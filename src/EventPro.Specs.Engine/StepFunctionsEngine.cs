using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Time;

namespace EventPro.Specs.Engine;

/// <summary>
/// Runs state machines in-process, as AWS Step Functions would, with a virtual clock by default.
/// One engine can run any number of executions, concurrently; each execution is independent.
/// </summary>
/// <example>
/// <code>
/// var machine = StateMachine.Load("definitions/eventpro-checkout.asl.json");
/// var backend = new InProcessTaskBackend().ForState("ReserveSeat", _ => JsonValue.Parse("{\"held\":true}"));
/// var result = new StepFunctionsEngine(backend).Execute(machine, JsonValue.Parse("{\"seatId\":\"A1\"}"));
/// </code>
/// </example>
public sealed class StepFunctionsEngine
{
    /// <summary>The start of a virtual clock unless the options say otherwise (fixed, so histories are reproducible).</summary>
    public static readonly DateTimeOffset DefaultStartTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly IReadOnlyList<ITaskBackend> _backends;

    // The last execution's names, ARNs and backend list, reused while the same machine runs again with
    // the same options (a benchmark, a campaign's repeated runs): options are immutable, so the
    // reference decides, and the strings need not be built again for every execution.
    private Identity? _last;

    // One shared instance (options are immutable) so executions without options reuse their identity too.
    private static readonly ExecutionOptions DefaultOptions = new();

    /// <summary>Creates an engine whose Task states are answered by <paramref name="backends"/>, asked in order.</summary>
    public StepFunctionsEngine(params ITaskBackend[] backends) => _backends = backends;

    /// <summary>Runs one execution to its end on the calling thread and returns its result and history.</summary>
    public ExecutionResult Execute(StateMachine machine, JsonValue input, ExecutionOptions? options = null)
    {
        options ??= DefaultOptions;
        var identity = _last is { } last && ReferenceEquals(last.Machine, machine) && ReferenceEquals(last.Options, options) ? last : _last = Identify(machine, options);
        var virtualClock = options.Clock == ClockMode.Virtual ? new VirtualTimeProvider(options.StartTime ?? DefaultStartTime) : null;
        TimeProvider clock = options.Clock switch
        {
            ClockMode.Virtual => virtualClock!,
            ClockMode.Scaled => new ScaledTimeProvider(TimeProvider.System, options.TimeScale),
            _ => TimeProvider.System,
        };
        using var loop = new ExecutionLoop(virtualClock);
        var run = new ExecutionRun(machine, input, identity.Info, identity.StartedDetails, options, clock, loop, identity.Backends);
        var result = loop.Run(static r => RunAsync(r), run);
        options.Observer?.ExecutionFinished(result);
        return result;
    }

    /// <summary>Runs one execution on a thread-pool thread.</summary>
    public Task<ExecutionResult> ExecuteAsync(StateMachine machine, JsonValue input, ExecutionOptions? options = null) =>
        Task.Run(() => Execute(machine, input, options));

    private Identity Identify(StateMachine machine, ExecutionOptions options)
    {
        var (info, roleArn) = Names(machine, options);
        var backends = options.TaskBackend is null ? _backends : [options.TaskBackend, .. _backends];
        return new Identity(machine, options, info, HistoryEvent.SharedDetails.ForRoleArn(roleArn), backends);
    }

    /// <summary>The execution's names and ARNs, and its role ARN, from the options.</summary>
    private static (ExecutionInfo Info, string RoleArn) Names(StateMachine machine, ExecutionOptions options)
    {
        var machineName = options.StateMachineName ?? DefaultStateMachineName(machine.Source);
        var name = options.Name ?? $"execution-{options.Seed}";
        var prefix = $"arn:aws:states:{options.Region}:{options.AccountId}";
        var info = new ExecutionInfo(name, $"{prefix}:execution:{machineName}:{name}", machineName, $"{prefix}:stateMachine:{machineName}", options.Seed);
        return (info, options.RoleArn ?? $"arn:aws:iam::{options.AccountId}:role/StepFunctionsExecutionRole");
    }

    /// <summary>What an execution's names and backends depend on, and what they are.</summary>
    private sealed record Identity(StateMachine Machine, ExecutionOptions Options, ExecutionInfo Info, HistoryEvent.SharedDetails StartedDetails, IReadOnlyList<ITaskBackend> Backends);

    /// <summary>
    /// The state machine name used when the options give none: the definition file name without
    /// <c>.asl.json</c>, <c>.json</c>, <c>.asl.yaml</c> or <c>.asl</c>, or <c>StateMachine</c> without a file.
    /// </summary>
    public static string DefaultStateMachineName(string? source)
    {
        if (source is null)
        {
            return "StateMachine";
        }

        var name = Path.GetFileName(source);
        foreach (var suffix in new[] { ".asl.json", ".json", ".asl.yaml", ".asl" })
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }

    /// <param name="run">The execution.</param>
    /// <param name="childEnded">For a child execution, told of its end when its own terminal event is recorded.</param>
    private static async ValueTask<ExecutionResult> RunAsync(ExecutionRun run, Action<ExecutionResult>? childEnded = null)
    {
        run.Record(new HistoryEvent(run.NextEventId, 0, run.Now, HistoryEventType.ExecutionStarted, run.StartedDetails) { Input = run.Input });
        // Only a machine with TimeoutSeconds needs its own token; the others just follow the caller's.
        using var timeout = run.Machine.TimeoutSeconds is null ? null : CancellationTokenSource.CreateLinkedTokenSource(run.Cancellation);
        using var timer = run.Machine.TimeoutSeconds is { } seconds
            ? run.Clock.CreateTimer(_ => timeout!.Cancel(), null, TimeSpan.FromSeconds(seconds), Timeout.InfiniteTimeSpan)
            : null;
        var token = timeout?.Token ?? run.Cancellation;

        // AWS gives the first state's entered event previousEventId 0, not the id of ExecutionStarted.
        var root = new Branch(run, run.Machine.Graph, null, 0, token);
        ExecutionStatus status;
        BranchOutcome outcome;
        try
        {
            outcome = await root.RunAsync(run.Input);
            status = outcome.Failed ? ExecutionStatus.Failed : ExecutionStatus.Succeeded;
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            var aborted = run.Cancellation.IsCancellationRequested;
            status = aborted ? ExecutionStatus.Aborted : ExecutionStatus.TimedOut;
            outcome = aborted ? BranchOutcome.Failure(null, null) : BranchOutcome.Failure(StatesErrors.Timeout, "The execution ran longer than the state machine's TimeoutSeconds.");
        }
        catch (HistoryLimitExceededException e)
        {
            status = ExecutionStatus.Failed;
            outcome = BranchOutcome.Failure(StatesErrors.Runtime, e.Message);
        }

        var type = status switch
        {
            ExecutionStatus.Succeeded => HistoryEventType.ExecutionSucceeded,
            ExecutionStatus.Aborted => HistoryEventType.ExecutionAborted,
            ExecutionStatus.TimedOut => HistoryEventType.ExecutionTimedOut,
            _ => HistoryEventType.ExecutionFailed,
        };
        // AWS links ExecutionAborted to no event (previousEventId 0), whatever state was running when
        // StopExecution came (recorded: test_sfn_api test_stop_execution, aborted during a Wait).
        var previous = status == ExecutionStatus.Aborted ? 0 : root.Cursor;
        run.Record(outcome.Error is null && outcome.Cause is null
            ? new HistoryEvent(run.NextEventId, previous, run.Now, type) { Output = outcome.Output }
            : new HistoryEvent(run.NextEventId, previous, run.Now, type, run.Machine.ErrorDetails(outcome.Error, outcome.Cause)) { Output = outcome.Output });
        var result = new ExecutionResult(status, outcome.Output, outcome.Error, outcome.Cause, run.Events, run.Info, run.Input, run.StartTime, run.Now);
        // A host learns of the execution's own end at once: a request-response child runs on its own and
        // may outlive its parent (connect-stepfunctions), and the run below waits for it.
        run.Options.Observer?.TerminalEventRecorded(result);
        childEnded?.Invoke(result);
        if (run.Children.Count == 0)
        {
            return result;
        }

        // The child shares the loop, so the run waits for it to end to hand back its whole history.
        foreach (var child in run.Children)
        {
            await child.Completion;
        }

        return new ExecutionResult(status, outcome.Output, outcome.Error, outcome.Cause, run.Events, run.Info, run.Input, run.StartTime, result.StopDate)
        {
            ChildExecutions = [.. run.Children.Select(c => c.ToChildExecution())],
        };
    }

    /// <summary>
    /// Starts a child execution of <paramref name="machine"/> on its parent's loop, clock and task
    /// backends: nested executions share the parent's virtual time, so the child's waits advance the
    /// clock both see. The child runs until its first wait before this returns.
    /// </summary>
    /// <returns>The child's names, its start, and its end: the result when its own terminal event is recorded.</returns>
    internal static (ExecutionInfo Info, DateTimeOffset StartDate, Task<ExecutionResult> Ended) StartChild(ExecutionRun parent, StateMachine machine, JsonValue input, ExecutionOptions options, StartedChildOrigin origin)
    {
        var (info, roleArn) = Names(machine, options);
        var stop = options.ChildExecutionObserver?.Started(info, input, parent.Clock.GetUtcNow()) ?? CancellationToken.None;
        var linked = stop.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(options.Cancellation, stop) : null;
        if (linked is not null)
        {
            options = options with { Cancellation = linked.Token };
        }

        var run = new ExecutionRun(machine, input, info, HistoryEvent.SharedDetails.ForRoleArn(roleArn), options, parent.Clock, parent.Loop, parent.Backends);
        // Continuations are posted (not run inside the child's last step), as every continuation on the loop.
        var ended = new TaskCompletionSource<ExecutionResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var completion = RunChildAsync(run, origin, options.ChildExecutionObserver, linked, ended);
        parent.AddChild(new StartedChild(origin.StateName, origin.Pattern, origin.StartedByExecutionId, machine, completion));
        return (info, run.StartTime, ended.Task);
    }

    /// <summary>Runs a child to the end of its own children too (the parent's result lists them all); <paramref name="ended"/> completes at its own terminal event.</summary>
    private static async Task<ExecutionResult> RunChildAsync(ExecutionRun run, StartedChildOrigin origin, Integrations.Nested.IChildExecutionObserver? observer, CancellationTokenSource? linked, TaskCompletionSource<ExecutionResult> ended)
    {
        using (linked)
        {
            try
            {
                // A child's status is its own: it ends when its terminal event is recorded, even while a
                // child it started without waiting still runs (connect-stepfunctions: request-response),
                // so a .sync parent goes on and a host describes the child as ended from then on.
                return await RunAsync(run, result =>
                {
                    observer?.Ended(new Integrations.Nested.ChildExecution(origin.StateName, origin.Pattern, origin.StartedByExecutionId, run.Machine, result));
                    ended.TrySetResult(result);
                });
            }
            catch (Exception e)
            {
                ended.TrySetException(e);
                throw;
            }
        }
    }
}
