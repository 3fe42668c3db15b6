using EventPro.Specs.Engine.Execution;

namespace EventPro.Specs.Engine.States.Succeed;

/// <summary>Running a Succeed state: InputPath then OutputPath (JSONPath) or Output (JSONata); the branch ends.</summary>
public sealed partial class SucceedState
{
    internal override ValueTask<StateOutcome> RunAsync(StateRun run)
    {
        if (IsJsonata)
        {
            return ValueTask.FromResult(FinishJsonata(run.Jsonata(), run.RawInput, null, Output, JsonataAssign));
        }

        var effective = ApplyInputPath(run);
        var assigned = EvaluateAssign(Assign, effective, run);
        return ValueTask.FromResult(StateOutcome.Continue(ApplyOutputPath(effective, run), null, assigned));
    }
}
