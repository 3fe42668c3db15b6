using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Server.Registry;

/// <summary>
/// One execution started through the API. The identity and input are fixed at start; the outcome
/// is set once, by the execution's thread, when the engine returns. Safe to read from any thread.
/// </summary>
public sealed class ExecutionRecord
{
    private readonly TaskCompletionSource<ExecutionOutcome> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    // Never disposed: it has no timer or wait handle, and StopExecution may come at any time.
    private readonly CancellationTokenSource _stop = new();
    private StopRequest? _stopRequest;
    private readonly List<HistoryEvent> _live = [];

    /// <summary>Creates the record of an execution about to start.</summary>
    public ExecutionRecord(string arn, string name, StateMachineRecord stateMachine, StateMachineRevision revision, string inputText, JsonValue input, DateTimeOffset startDate, long sequence, string? traceHeader)
    {
        Arn = arn;
        Name = name;
        StateMachine = stateMachine;
        Revision = revision;
        InputText = inputText;
        Input = input;
        StartDate = startDate;
        Sequence = sequence;
        TraceHeader = traceHeader;
    }

    /// <summary>The execution ARN.</summary>
    public string Arn { get; }

    /// <summary>The execution name.</summary>
    public string Name { get; }

    /// <summary>The state machine it belongs to.</summary>
    public StateMachineRecord StateMachine { get; }

    /// <summary>The state machine revision it runs.</summary>
    public StateMachineRevision Revision { get; }

    /// <summary>The input text exactly as given (StartExecution's idempotency compares it).</summary>
    public string InputText { get; }

    /// <summary>The parsed input.</summary>
    public JsonValue Input { get; }

    /// <summary>When it started.</summary>
    public DateTimeOffset StartDate { get; }

    /// <summary>Start order across the server (ListExecutions order and page tokens).</summary>
    public long Sequence { get; }

    /// <summary>The X-Ray trace header given at start, if any.</summary>
    public string? TraceHeader { get; }

    /// <summary>Whether it is an Express execution.</summary>
    public bool IsExpress => StateMachine.Type == StateMachineType.Express;

    /// <summary>Cancelled by StopExecution (and by the server's shutdown).</summary>
    public CancellationToken StopToken => _stop.Token;

    /// <summary>The StopExecution request, once one came.</summary>
    public StopRequest? StopRequest => Volatile.Read(ref _stopRequest);

    /// <summary>Completes when the execution has ended.</summary>
    public Task<ExecutionOutcome> Completion => _completion.Task;

    /// <summary>The outcome, or null while it runs.</summary>
    public ExecutionOutcome? Outcome => _completion.Task.IsCompletedSuccessfully ? _completion.Task.Result : null;

    /// <summary>RUNNING, or how it ended.</summary>
    public ExecutionStatus Status => Outcome?.Status ?? ExecutionStatus.Running;

    /// <summary>Asks the execution to stop; the first request's error and cause are the ones recorded.</summary>
    public void RequestStop(StopRequest request)
    {
        Interlocked.CompareExchange(ref _stopRequest, request, null);
        _stop.Cancel();
    }

    /// <summary>The events recorded so far while it runs (the engine's history listener adds them), oldest first.</summary>
    public IReadOnlyList<HistoryEvent> LiveEvents
    {
        get
        {
            lock (_live)
            {
                return [.. _live];
            }
        }
    }

    /// <summary>Adds an event the running execution recorded; called on the execution's thread.</summary>
    public void Recorded(HistoryEvent e)
    {
        lock (_live)
        {
            _live.Add(e);
        }
    }

    /// <summary>Records the outcome (once; later calls are ignored).</summary>
    public void Complete(ExecutionOutcome outcome)
    {
        if (_completion.TrySetResult(outcome))
        {
            // The outcome holds the history now (or, for an Express execution, nothing is kept).
            lock (_live)
            {
                _live.Clear();
            }
        }
    }
}
