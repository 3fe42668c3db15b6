using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Execution;

namespace EventPro.Specs.Engine.States.Choice;

/// <summary>Running a Choice state: InputPath, the first matching rule's Next (or Default), OutputPath.</summary>
public sealed partial class ChoiceState
{
    internal override ValueTask<StateOutcome> RunAsync(StateRun run)
    {
        var effective = ApplyInputPath(run);
        foreach (var branch in Choices)
        {
            if (branch.Rule.Evaluate(effective, run))
            {
                var assigned = EvaluateAssign(branch.Assign ?? Assign, effective, run);
                return ValueTask.FromResult(StateOutcome.Continue(ApplyOutputPath(effective, run), branch.Next, assigned));
            }
        }

        if (Default is null)
        {
            throw new EvaluationException(StatesErrors.NoChoiceMatched, "No Matches!");
        }

        var defaultAssigned = EvaluateAssign(Assign, effective, run);
        return ValueTask.FromResult(StateOutcome.Continue(ApplyOutputPath(effective, run), Default, defaultAssigned));
    }
}
