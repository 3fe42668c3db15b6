using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata;
using EventPro.Specs.Engine.Paths;
using EventPro.Specs.Engine.Queries;
using EventPro.Specs.Engine.States;
using EventPro.Specs.Engine.Time;

namespace EventPro.Specs.Engine.Execution;

/// <summary>
/// One run of one state: its raw input, the event that entered it, its retry count, and the
/// evaluation context its paths see (the Context object is built only if a path asks for <c>$$</c>).
/// </summary>
internal sealed class StateRun : IEvaluationContext
{
    // The entered event itself rather than copies of its id, previous id, time and input: one run per
    // state entered, so every field counts (the raw input is the entered event's input).
    private HistoryEvent _entered;
    private JsonObject? _context;
    private string? _taskToken;
    private int _retryCount;

    public StateRun(Branch branch, State state, HistoryEvent entered)
    {
        Branch = branch;
        State = state;
        _entered = entered;
    }

    public Branch Branch { get; }

    /// <summary>Makes this the run of the next state its branch enters (see Branch: only for states that keep no reference to their run).</summary>
    public void Reuse(State state, HistoryEvent entered)
    {
        State = state;
        _entered = entered;
        _context = null;
        _taskToken = null;
        _retryCount = 0;
        EvaluationFailed = false;
        Started = false;
    }

    public ExecutionRun Run => Branch.Run;

    public State State { get; private set; }

    public JsonValue RawInput => _entered.Input!;

    public long EnteredEventId => _entered.Id;

    /// <summary>The event the entered event follows (an EvaluationFailed event links to it, as AWS records).</summary>
    public long EnteredPreviousEventId => _entered.PreviousEventId;

    /// <summary>Whether an EvaluationFailed event was recorded for this state (a Map or Parallel then records its failed event even though it never started).</summary>
    public bool EvaluationFailed { get; private set; }

    /// <summary>When the state was entered (<c>$$.State.EnteredTime</c>): its entered event's time.</summary>
    public DateTimeOffset EnteredTime => _entered.Timestamp;

    /// <summary>Whether the current attempt got as far as its started event (a Map or Parallel that failed before starting records no failed event).</summary>
    public bool Started { get; set; }

    /// <summary>How many retries this state has made so far (<c>$$.State.RetryCount</c>); a new count drops the built Context object.</summary>
    public int RetryCount
    {
        get => _retryCount;
        set
        {
            if (value != _retryCount)
            {
                _retryCount = value;
                _context = null;
            }
        }
    }

    /// <summary>The current attempt's task token (<c>$$.Task.Token</c>) of a callback task; null otherwise.</summary>
    public string? TaskToken
    {
        get => _taskToken;
        set
        {
            _taskToken = value;
            _context = null;
        }
    }

    /// <inheritdoc />
    public JsonValue ContextObject => _context ??= BuildContext();

    /// <inheritdoc />
    public Random Random => Run.Random;

    /// <inheritdoc />
    public bool TryGetVariable(string name, out JsonValue value) => Branch.Variables.TryGet(name, out value);

    /// <summary>AWS's cause prefix for errors raised while running a state.</summary>
    public string Describe(string detail) =>
        $"An error occurred while executing the state '{State.Name}' (entered at the event id #{EnteredEventId}). {detail}";

    /// <summary>
    /// Turns an ASL error raised while running the state into its failure: evaluation failures get
    /// AWS's "An error occurred while executing the state …" cause; others keep theirs.
    /// </summary>
    public StateOutcome Fail(StatesException e)
    {
        if (e is not EvaluationException evaluation)
        {
            return StateOutcome.Fail(e.Error, e.Cause);
        }

        var cause = Describe(evaluation.Detail);
        if (e.Error == StatesErrors.QueryEvaluationError)
        {
            RecordEvaluationFailed(evaluation, cause);
        }

        return StateOutcome.Fail(e.Error, cause);
    }

    /// <summary>
    /// The environment of a JSONata expression of this state: <c>$states</c> (input, context and,
    /// where they apply, result or errorOutput), the variables of the state's scope, the execution
    /// clock's now and the execution's seeded random source.
    /// </summary>
    public JsonataEnvironment Jsonata(JsonValue? result = null, JsonValue? errorOutput = null) =>
        EnvironmentWith(StatesVariable.Build(RawInput, ContextObject, result, errorOutput));

    /// <summary>The environment of a Map's ItemSelector for one item: <c>$states.context.Map.Item</c> is set.</summary>
    public JsonataEnvironment JsonataForMapItem(int index, JsonValue item) =>
        EnvironmentWith(StatesVariable.Build(RawInput, BuildMapItemContext(index, item)));

    /// <summary>A successful outcome whose output and assigned variables pass AWS's size quotas, or the quota's failure.</summary>
    public StateOutcome CheckPayload(StateOutcome outcome)
    {
        if (!outcome.Failed)
        {
            CheckPayloadSize(outcome.Output!);
            if (outcome.Assigned is { } assigned)
            {
                VariableLimits.Check(State.Name, assigned, Branch.Variables);
            }
        }

        return outcome;
    }

    /// <summary>Checks AWS's 256 KiB payload quota on a state's output.</summary>
    public void CheckPayloadSize(JsonValue value)
    {
        if (JsonSize.Utf8Length(value) > History.HistoryLimits.MaxPayloadBytes)
        {
            throw new StatesException(StatesErrors.DataLimitExceeded, $"The state/task '{State.Name}' returned a result with a size exceeding the maximum number of bytes service limit.");
        }
    }

    private JsonataEnvironment EnvironmentWith(JsonObject states) =>
        new(Run.Now, Random, new JsonataBindings(states, Branch.Variables));

    /// <summary>
    /// AWS records a JSONata evaluation failure as an EvaluationFailed event (error, cause, location,
    /// state) before the state's failed or the execution's failed event. It links to the event the
    /// state's entered event follows, and the branch continues from it (recorded on AWS:
    /// shared/conformance/aws-recorded, e.g. test_undefined_reference and test_map_state_items_eval_jsonata_fail_*).
    /// </summary>
    private void RecordEvaluationFailed(EvaluationException evaluation, string cause)
    {
        var recorded = Run.Record(new HistoryEvent(Run.NextEventId, EnteredPreviousEventId, Run.Now, HistoryEventType.EvaluationFailed)
        {
            Name = State.Name,
            Error = evaluation.Error,
            Cause = cause,
            Location = evaluation.Location,
        });
        Branch.Cursor = recorded.Id;
        EvaluationFailed = true;
    }

    // Built with exact-size member arrays (the keys are fixed and distinct): no builders or lists.
    private JsonObject BuildContext()
    {
        var state = new KeyValuePair<string, JsonValue>[State is TaskLikeState ? 3 : 2];
        state[0] = new("Name", State.Name);
        state[1] = new("EnteredTime", Timestamps.Format(EnteredTime));
        if (State is TaskLikeState)
        {
            state[2] = new("RetryCount", RetryCount);
        }

        if (_taskToken is not null)
        {
            // AWS: "Task.Token" is in the Context object of a Task state using the callback pattern
            // (Step Functions developer guide, "Accessing the Context object", and "Wait for a Callback with Task Token").
            return JsonObject.Adopt(
            [
                new("Execution", Run.ExecutionContext),
                new("StateMachine", Run.StateMachineContext),
                new("State", JsonObject.Adopt(state)),
                new("Task", JsonObject.Adopt([new("Token", _taskToken)])),
            ]);
        }

        return JsonObject.Adopt(
        [
            new("Execution", Run.ExecutionContext),
            new("StateMachine", Run.StateMachineContext),
            new("State", JsonObject.Adopt(state)),
        ]);
    }

    /// <summary>
    /// The context of one Map item: the state's context (built once for all items, until RetryCount
    /// changes) plus <c>Map.Item</c>. A Map builds one per item, so only the item part is new.
    /// </summary>
    internal JsonObject BuildMapItemContext(int index, JsonValue value)
    {
        var shared = (JsonObject)ContextObject;
        var members = new KeyValuePair<string, JsonValue>[shared.Count + 1];
        shared.AsSpan().CopyTo(members);
        var item = JsonObject.Adopt([new("Index", index), new("Value", value)]);
        members[^1] = new("Map", JsonObject.Adopt([new("Item", item)]));
        return JsonObject.Adopt(members);
    }
}
