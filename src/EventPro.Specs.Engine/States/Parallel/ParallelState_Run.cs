using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.States.Parallel;

/// <summary>
/// Running one attempt of a Parallel state: every branch gets the same input and its own variable
/// scope (it reads the outer variables; its assignments stay inside it); the output is the array of
/// branch outputs in branch order (Parameters or, in JSONata, Arguments shape the branches' input). When a branch fails, the others
/// are stopped and the state fails with that branch's error (AWS records ParallelStateFailed; it
/// never records ParallelStateSucceeded).
/// </summary>
public sealed partial class ParallelState
{
    private bool? _branchesNeverAwait;

    // Branches of only Pass/Choice/Succeed/Fail states (StateGraph.OnlySharedRuns) never await.
    private bool BranchesNeverAwait => _branchesNeverAwait ??= Branches.All(b => b.OnlySharedRuns);

    internal override async ValueTask<StateOutcome> AttemptAsync(StateRun run)
    {
        var branchInput = BuildInput(run, EffectiveInput(run));
        var owner = run.Branch;
        var exec = run.Run;
        var started = owner.Append(new HistoryEvent(exec.NextEventId, owner.Cursor, exec.Now, HistoryEventType.ParallelStateStarted));
        run.Started = true;
        if (BranchesNeverAwait)
        {
            return RunInTurn(run, branchInput, started.Id);
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(owner.Cancellation);
        var branches = new Branch[Branches.Count];
        var running = new ValueTask<BranchOutcome>[Branches.Count];
        for (var i = 0; i < Branches.Count; i++)
        {
            branches[i] = new Branch(exec, Branches[i], owner.Variables, started.Id, stop.Token);
            running[i] = branches[i].RunAsync(branchInput);
        }

        var outcomes = new BranchOutcomes(Branches.Count, started.Id);
        for (var i = 0; i < running.Length; i++)
        {
            BranchOutcome outcome;
            try
            {
                outcome = await running[i];
            }
            catch (OperationCanceledException) when (outcomes.Failed && !owner.Cancellation.IsCancellationRequested)
            {
                continue;
            }

            if (outcomes.Add(i, outcome, branches[i].Cursor))
            {
                // Inline, on the loop thread (see MapIterations.StopSiblings): CancelAsync would leave the loop idle meanwhile.
                stop.Cancel();
            }
        }

        return outcomes.End(this, run);
    }

    /// <summary>
    /// Runs branches that never await one after the other on one branch object. Started together, they
    /// would run the same way: each ends inside its RunAsync before the next starts, and a failure
    /// stops none of them (all have run by the time outcomes are looked at). No token source, no
    /// pending-task array, and one branch and run object instead of one per branch.
    /// </summary>
    private StateOutcome RunInTurn(StateRun run, JsonValue branchInput, long startedId)
    {
        var owner = run.Branch;
        var outcomes = new BranchOutcomes(Branches.Count, startedId);
        Branch? branch = null;
        for (var i = 0; i < Branches.Count; i++)
        {
            branch = branch?.Restart(Branches[i], startedId, owner.Cancellation) ?? new Branch(run.Run, Branches[i], owner.Variables, startedId, owner.Cancellation);
            var running = branch.RunAsync(branchInput);
            System.Diagnostics.Debug.Assert(running.IsCompleted, "a branch of Pass/Choice/Succeed/Fail states ends without awaiting");
            outcomes.Add(i, running.GetAwaiter().GetResult(), branch.Cursor);
        }

        return outcomes.End(this, run);
    }

    /// <summary>
    /// The branches' outcomes in branch order, however the branches ran: the first failure decides the
    /// state's (its branch's last event is where the state goes on), else the outputs in branch order
    /// after the latest event of any branch.
    /// </summary>
    private struct BranchOutcomes(int count, long startedId)
    {
        private readonly JsonValue[] _outputs = new JsonValue[count];
        private long _last = startedId;
        private long _failedCursor = -1;
        private BranchOutcome _failure;

        /// <summary>Whether a branch has failed.</summary>
        public readonly bool Failed => _failedCursor >= 0;

        /// <summary>Adds a branch's outcome and its last event id; true when it is the first failure.</summary>
        public bool Add(int index, BranchOutcome outcome, long cursor)
        {
            // A loop's Math.Max, not Max(b => b.Cursor) over the branches: that allocates an enumerator.
            _last = Math.Max(_last, cursor);
            if (!outcome.Failed)
            {
                _outputs[index] = outcome.Output!;
                return false;
            }

            if (Failed)
            {
                return false;
            }

            _failedCursor = cursor;
            _failure = outcome;
            return true;
        }

        /// <summary>The state's outcome, its branch's cursor moved on.</summary>
        public readonly StateOutcome End(ParallelState state, StateRun run)
        {
            run.Branch.Cursor = Failed ? _failedCursor : _last;
            return Failed ? StateOutcome.Fail(_failure.Error, _failure.Cause) : state.Finish(run, JsonArray.Adopt(_outputs));
        }
    }

    internal override void RecordFinalFailure(StateRun run)
    {
        if (run.Started || run.EvaluationFailed)
        {
            run.Branch.Append(new HistoryEvent(run.Run.NextEventId, run.Branch.Cursor, run.Run.Now, HistoryEventType.ParallelStateFailed));
        }
    }
}
