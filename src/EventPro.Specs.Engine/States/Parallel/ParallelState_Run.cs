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

        var outputs = new JsonValue[Branches.Count];
        var failedIndex = -1;
        BranchOutcome failure = default;
        for (var i = 0; i < running.Length; i++)
        {
            BranchOutcome outcome;
            try
            {
                outcome = await running[i];
            }
            catch (OperationCanceledException) when (failedIndex >= 0 && !owner.Cancellation.IsCancellationRequested)
            {
                continue;
            }

            if (outcome.Failed && failedIndex < 0)
            {
                failedIndex = i;
                failure = outcome;
                // Inline, on the loop thread (see MapIterations.StopSiblings): CancelAsync would leave the loop idle meanwhile.
                stop.Cancel();
            }
            else if (!outcome.Failed)
            {
                outputs[i] = outcome.Output!;
            }
        }

        if (failedIndex >= 0)
        {
            owner.Cursor = branches[failedIndex].Cursor;
            return StateOutcome.Fail(failure.Error, failure.Cause);
        }

        // A loop, not Max(b => b.Cursor): that enumerates the array through an allocated enumerator.
        var last = started.Id;
        foreach (var branch in branches)
        {
            last = Math.Max(last, branch.Cursor);
        }

        owner.Cursor = last;
        return Finish(run, JsonArray.Adopt(outputs));
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
        var outputs = new JsonValue[Branches.Count];
        Branch? branch = null;
        var last = startedId;
        long failedCursor = -1;
        BranchOutcome failure = default;
        for (var i = 0; i < Branches.Count; i++)
        {
            branch = branch?.Restart(Branches[i], startedId, owner.Cancellation) ?? new Branch(run.Run, Branches[i], owner.Variables, startedId, owner.Cancellation);
            var running = branch.RunAsync(branchInput);
            System.Diagnostics.Debug.Assert(running.IsCompleted, "a branch of Pass/Choice/Succeed/Fail states ends without awaiting");
            var outcome = running.GetAwaiter().GetResult();
            if (outcome.Failed && failedCursor < 0)
            {
                failedCursor = branch.Cursor;
                failure = outcome;
            }
            else if (!outcome.Failed)
            {
                outputs[i] = outcome.Output!;
            }

            last = Math.Max(last, branch.Cursor);
        }

        if (failedCursor >= 0)
        {
            owner.Cursor = failedCursor;
            return StateOutcome.Fail(failure.Error, failure.Cause);
        }

        owner.Cursor = last;
        return Finish(run, JsonArray.Adopt(outputs));
    }

    internal override void RecordFinalFailure(StateRun run)
    {
        if (run.Started || run.EvaluationFailed)
        {
            run.Branch.Append(new HistoryEvent(run.Run.NextEventId, run.Branch.Cursor, run.Run.Now, HistoryEventType.ParallelStateFailed));
        }
    }
}
