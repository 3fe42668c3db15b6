using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.States;
using EventPro.Specs.Engine.States.Choice;
using EventPro.Specs.Engine.States.Fail;
using EventPro.Specs.Engine.States.Pass;
using EventPro.Specs.Engine.States.Succeed;

namespace EventPro.Specs.Engine.Execution;

/// <summary>
/// Runs a state graph (the machine, a Parallel branch or a Map iteration) from its StartAt to a
/// terminal state, recording each state's entered and exited events. <see cref="Cursor"/> is the id
/// of the last event in this branch: AWS links each event to the previous one of its own branch.
/// </summary>
internal sealed class Branch
{
    // Pass, Choice, Succeed and Fail states run synchronously and keep no reference to their run once
    // they end (a Task's callbacks, a Map's item contexts and started children may), so a branch runs
    // them all on one run object rather than allocating one per state entered.
    private StateRun? _reusableRun;

    public Branch(ExecutionRun run, StateGraph graph, VariableScope variables, long cursor, CancellationToken cancellation)
    {
        Run = run;
        Graph = graph;
        Variables = variables;
        Cursor = cursor;
        Cancellation = cancellation;
    }

    /// <summary>Stops this branch: the execution was stopped, or a sibling branch failed.</summary>
    public CancellationToken Cancellation { get; }

    public ExecutionRun Run { get; }

    public StateGraph Graph { get; }

    public VariableScope Variables { get; }

    /// <summary>The id of the last event of this branch (the next event's previousEventId).</summary>
    public long Cursor { get; set; }

    /// <summary>Records an event after the cursor and moves the cursor to it.</summary>
    public HistoryEvent Append(HistoryEvent e)
    {
        Run.Record(e);
        Cursor = e.Id;
        return e;
    }

    private StateRun NewRun(State state, HistoryEvent entered)
    {
        if (state is not (PassState or ChoiceState or SucceedState or FailState))
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
                Variables.Set(outcome.Assigned);
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
