using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Paths;

namespace EventPro.Specs.Engine.States.Pass;

/// <summary>
/// Running a Pass state: InputPath, then Result or Parameters, ResultPath, OutputPath (JSONPath); or
/// Output (default: the input) and Assign (JSONata).
/// </summary>
public sealed partial class PassState
{
    internal override ValueTask<StateOutcome> RunAsync(StateRun run)
    {
        if (IsJsonata)
        {
            return ValueTask.FromResult(FinishJsonata(run.Jsonata(), run.RawInput, Next, Output, JsonataAssign));
        }

        var effective = ApplyInputPath(run);
        var result = Result ?? Parameters?.Evaluate(effective, run) ?? effective;
        var assigned = EvaluateAssign(Assign, result, run);
        var merged = ResultPath.IsNull ? run.RawInput : ResultPathMerge.Apply(ResultPath.ReferencePath!, run.RawInput, result);
        return ValueTask.FromResult(StateOutcome.Continue(ApplyOutputPath(merged, run), Next, assigned));
    }
}
