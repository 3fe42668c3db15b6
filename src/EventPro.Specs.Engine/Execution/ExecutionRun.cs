using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Time;

namespace EventPro.Specs.Engine.Execution;

/// <summary>
/// The state shared by every branch of one execution: identity, clock, seeded randomness, task
/// backends and the history being recorded. Used from the execution's loop thread only.
/// </summary>
internal sealed class ExecutionRun
{
    // Past this many events an execution grows its list as usual, so one huge execution does not make
    // every later small one allocate a huge list.
    private const int MaxEventCountHint = 1024;

    private readonly List<HistoryEvent> _events;
    // Read once: Record only tests a field, so an execution without observer pays nothing more.
    private readonly IExecutionObserver? _observer;
    private Random? _random;
    private ExecutionStateBag? _backendState;
    private JsonObject? _executionContext;
    private JsonObject? _stateMachineContext;
    private TaskTokens? _tokens;
    private List<StartedChild>? _children;

    public ExecutionRun(StateMachine machine, JsonValue input, ExecutionInfo info, HistoryEvent.SharedDetails startedDetails, ExecutionOptions options, TimeProvider clock, ExecutionLoop loop, IReadOnlyList<ITaskBackend> backends)
    {
        Machine = machine;
        _events = new List<HistoryEvent>(machine.EventCountHint);
        Input = input;
        Info = info;
        Options = options;
        _observer = options.Observer;
        Clock = clock;
        Loop = loop;
        Backends = backends;
        StartTime = clock.GetUtcNow();
        StartedDetails = startedDetails;
    }

    public StateMachine Machine { get; }

    public JsonValue Input { get; }

    public ExecutionInfo Info { get; }

    public ExecutionOptions Options { get; }

    public TimeProvider Clock { get; }

    public ExecutionLoop Loop { get; }

    public IReadOnlyList<ITaskBackend> Backends { get; }

    /// <summary>The execution's seeded random source, created on first use (most executions never draw).</summary>
    public Random Random => _random ??= new Random(Options.Seed);

    /// <summary>State task backends keep for this execution (see TaskInvocation.ExecutionState), created on first use.</summary>
    public ExecutionStateBag BackendState => _backendState ??= new ExecutionStateBag();

    public DateTimeOffset StartTime { get; }

    /// <summary>
    /// The callers' task-token broker, or a private one created on first use (most executions have no
    /// callback task). Only this execution and its children hold a private one, so nobody outside
    /// awaits answers on it; children answer their parent's tokens through it (aws-sdk:sfn:sendTaskSuccess).
    /// </summary>
    public TaskTokens Tokens => _tokens ??= Options.TaskTokens ?? new TaskTokens { AwaitOutsideAnswers = false };

    /// <summary>Whether someone outside the execution holds the broker and may answer its tokens.</summary>
    public bool TokensAnswerableFromOutside => Options.TaskTokens is { AwaitOutsideAnswers: true };

    /// <summary>The ExecutionStarted event's details (its roleArn), shared by every execution with the same identity.</summary>
    public HistoryEvent.SharedDetails StartedDetails { get; }

    public string RoleArn => StartedDetails.Details.RoleArn!;

    public CancellationToken Cancellation => Options.Cancellation;

    public IReadOnlyList<HistoryEvent> Events => _events;

    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>The id the next recorded event gets.</summary>
    public long NextEventId => _events.Count + 1;

    /// <summary>Appends an event and shows it to the observer, if any; fails the execution when AWS's 25,000-event quota would be passed.</summary>
    public HistoryEvent Record(HistoryEvent e)
    {
        if (_events.Count >= HistoryLimits.MaxEvents - 1 && e.Type is not (HistoryEventType.ExecutionFailed or HistoryEventType.ExecutionSucceeded or HistoryEventType.ExecutionAborted or HistoryEventType.ExecutionTimedOut))
        {
            throw new HistoryLimitExceededException();
        }

        _events.Add(e);
        if (_events.Count > Machine.EventCountHint && _events.Count <= MaxEventCountHint)
        {
            Machine.EventCountHint = _events.Count;
        }

        _observer?.EventRecorded(e);
        return e;
    }

    /// <summary><c>$$.Execution</c>, built once.</summary>
    public JsonObject ExecutionContext => _executionContext ??= JsonObject.Of(
        ("Id", Info.Arn),
        ("Input", Input),
        ("StartTime", Timestamps.Format(StartTime)),
        ("Name", Info.Name),
        ("RoleArn", RoleArn),
        ("RedriveCount", 0));

    /// <summary>The child executions started so far, in start order (created on first use: most executions start none).</summary>
    public IReadOnlyList<StartedChild> Children => _children ?? (IReadOnlyList<StartedChild>)[];

    /// <summary>Remembers a child this execution started.</summary>
    public void AddChild(StartedChild child) => (_children ??= []).Add(child);

    /// <summary><c>$$.StateMachine</c>, built once.</summary>
    public JsonObject StateMachineContext => _stateMachineContext ??= JsonObject.Of(("Id", Info.StateMachineArn), ("Name", Info.StateMachineName));
}
