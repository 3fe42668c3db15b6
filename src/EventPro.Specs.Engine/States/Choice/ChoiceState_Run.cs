using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata;

namespace EventPro.Specs.Engine.States.Choice;

/// <summary>
/// Running a Choice state: the first rule that holds gives Next (else Default, else
/// States.NoChoiceMatched). JSONPath: InputPath, the rules on the effective input, OutputPath.
/// JSONata: each rule's Condition must give true or false; the taken rule's Output and Assign apply,
/// or the state's own when the rule has none or Default is taken ("Choice workflow state";
/// recorded on AWS by LocalStack's outputdecl test_output_in_choice).
/// </summary>
public sealed partial class ChoiceState
{
    internal override ValueTask<StateOutcome> RunAsync(StateRun run) =>
        ValueTask.FromResult(IsJsonata ? RunJsonata(run) : RunJsonPath(run));

    private StateOutcome RunJsonPath(StateRun run)
    {
        var effective = ApplyInputPath(run);
        // Indexed: a foreach over the IReadOnlyList would allocate an enumerator on every run.
        for (var i = 0; i < Choices.Count; i++)
        {
            var branch = Choices[i];
            if (branch.Rule!.Evaluate(effective, run))
            {
                var assigned = EvaluateAssign(branch.Assign ?? Assign, effective, run);
                return StateOutcome.Continue(ApplyOutputPath(effective, run), branch.Next, assigned);
            }
        }

        var defaultState = Default ?? throw NoMatch();
        return StateOutcome.Continue(ApplyOutputPath(effective, run), defaultState, EvaluateAssign(Assign, effective, run));
    }

    private StateOutcome RunJsonata(StateRun run)
    {
        var environment = run.Jsonata();
        foreach (var branch in Choices)
        {
            if (Holds(branch, environment))
            {
                return FinishJsonata(environment, run.RawInput, branch.Next, branch.Output ?? Output, branch.JsonataAssign ?? JsonataAssign);
            }
        }

        return FinishJsonata(environment, run.RawInput, Default ?? throw NoMatch(), Output, JsonataAssign);
    }

    private static bool Holds(ChoiceBranch branch, JsonataEnvironment environment) =>
        branch.ConstantCondition ?? ((JsonBoolean)branch.Condition!.EvaluateAs(JsonKind.Boolean, environment)).Value;

    private static EvaluationException NoMatch() => new(StatesErrors.NoChoiceMatched, "No Matches!");
}
