using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.States;

namespace EventPro.Specs.Engine.Execution;

/// <summary>
/// Runs a state graph (the machine, a Parallel branch or a Map iteration) from its StartAt to a
/// terminal state, recording each state's entered and exited events. <see cref="Cursor"/> is the id
/// of the last event in this branch: AWS links each event to the previous one of its own branch.
/// </summary>
internal sealed class Branch
{
    // The scope this branch reads through (its parent's, or none for the machine) and its own,
    // created on its first Assign: most branches assign nothing, and an empty scope of their own
    // would be one more object per Parallel branch and Map iteration (AWS "Variable scope": a
    // branch reads the outer variables, its assignments stay inside it).
    private readonly VariableScope? _outerVariables;
    private VariableScope? _ownVariables;

    // States that share their branch's run (State.SharesBranchRun) all run on this one object
    // rather than allocating one per state entered.
    private StateRun? _reusableRun;

    public Branch(ExecutionRun run, StateGraph graph, VariableScope? outerVariables, long cursor, CancellationToken cancellation)
    {
        Run = run;
        Graph = graph;
        _outerVariables = outerVariables;
        Cursor = cursor;
        Cancellation = cancellation;
    }

    /// <summary>Stops this branch: the execution was stopped, or a sibling branch failed.</summary>
    public CancellationToken Cancellation { get; private set; }

    public ExecutionRun Run { get; }

    public StateGraph Graph { get; private set; }

    /// <summary>The variables this branch reads: its own scope once it assigned, else the outer one's.</summary>
    public VariableScope Variables => _ownVariables ?? _outerVariables ?? VariableScope.Empty;

    /// <summary>The id of the last event of this branch (the next event's previousEventId).</summary>
    public long Cursor { get; set; }

    /// <summary>
    /// Makes this ended branch run <paramref name="graph"/> as a new branch under the same parent (a Map
    /// iteration after the previous one, a Parallel branch after its sibling), with no variables of its
    /// own; only for graphs of <see cref="StateGraph.OnlySharedRuns"/>, whose ended branch nothing refers to.
    /// </summary>
    public Branch Restart(StateGraph graph, long cursor, CancellationToken cancellation)
    {
        Graph = graph;
        Cursor = cursor;
        Cancellation = cancellation;
        _ownVariables = null;
        return this;
    }

    /// <summary>Records an event after the cursor and moves the cursor to it.</summary>
    public HistoryEvent Append(HistoryEvent e)
    {
        Run.Record(e);
        Cursor = e.Id;
        return e;
    }

    private StateRun NewRun(State state, HistoryEvent entered)
    {
        if (!state.SharesBranchRun)
        {
            return new StateRun(this, state, entered);
        }

        if (_reusableRun is null)
        {
            return _reusableRun = new StateRun(this, state, entered);
        }

        _reusableRun.Reuse(state, entered);
        return _reusableRun;
    }

    public async ValueTask<BranchOutcome> RunAsync(JsonValue input)
    {
        var state = Graph.States[Graph.StartAt];
        while (true)
        {
            Cancellation.ThrowIfCancellationRequested();
            var entered = Append(new HistoryEvent(Run.NextEventId, Cursor, Run.Now, state.EnteredEventType) { Name = state.Name, Input = input });
            var stateRun = NewRun(state, entered);
            StateOutcome outcome;
            try
            {
                // Task, Parallel and Map check their payload inside their retry loop (the error can be caught there).
                outcome = await state.RunAsync(stateRun);
                outcome = state is TaskLikeState ? outcome : stateRun.CheckPayload(outcome);
            }
            catch (StatesException e)
            {
                outcome = stateRun.Fail(e);
            }

            if (outcome.Failed)
            {
                return BranchOutcome.Failure(outcome.Error, outcome.Cause);
            }

            if (state.ExitedEventType is { } exited)
            {
                Append(new HistoryEvent(Run.NextEventId, Cursor, Run.Now, exited) { Name = state.Name, Output = outcome.Output, AssignedVariables = outcome.Assigned });
            }

            if (outcome.Assigned is not null)
            {
                (_ownVariables ??= new VariableScope(_outerVariables)).Set(outcome.Assigned);
            }

            if (outcome.Next is null)
            {
                return BranchOutcome.Success(outcome.Output!);
            }

            state = Graph.States[outcome.Next];
            input = outcome.Output!;
        }
    }
}
