using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata;
using EventPro.Specs.Engine.Paths;
using EventPro.Specs.Engine.Queries;

namespace EventPro.Specs.Engine.States;

/// <summary>How a state runs: the shared steps of AWS's input and output processing.</summary>
public abstract partial class State
{
    private HistoryEventType? _enteredEventType;
    private HistoryEventType? _exitedEventType;

    /// <summary>The <c>…StateEntered</c> event type.</summary>
    internal HistoryEventType EnteredEventType => _enteredEventType ??= Enum.Parse<HistoryEventType>(Type + "StateEntered");

    /// <summary>The <c>…StateExited</c> event type, or null for Fail (which never exits).</summary>
    internal HistoryEventType? ExitedEventType => this is Fail.FailState ? null : _exitedEventType ??= Enum.Parse<HistoryEventType>(Type + "StateExited");

    /// <summary>
    /// Whether the state runs synchronously and keeps no reference to its run once it ends (Pass,
    /// Choice, Succeed, Fail; a Task's callbacks, a Map's item contexts and started children may),
    /// so its branch can run it on the one run object it reuses for such states.
    /// </summary>
    internal bool SharesBranchRun => this is Pass.PassState or Choice.ChoiceState or Succeed.SucceedState or Fail.FailState;

    /// <summary>Runs the state on its raw input; returns its output and next state, or its failure.</summary>
    internal abstract ValueTask<StateOutcome> RunAsync(StateRun run);

    /// <summary>Applies InputPath: null gives <c>{}</c>; a path that selects nothing fails with States.Runtime.</summary>
    internal JsonValue ApplyInputPath(StateRun run) => InputPath.Select(run.RawInput, run);

    /// <summary>Applies OutputPath to the state's result-merged value.</summary>
    internal JsonValue ApplyOutputPath(JsonValue value, StateRun run) => OutputPath.Select(value, run);

    /// <summary>
    /// The end of a JSONata state: Assign and Output are evaluated in the same environment, so both
    /// see the variables as they were when the state was entered (the new values are visible from
    /// the next state on: "Passing data between states with variables", "Evaluation of variables").
    /// Without Output the state's output is <paramref name="defaultOutput"/>: the input for Pass,
    /// Wait, Choice and Succeed, <c>$states.result</c> for Task, Parallel and Map,
    /// <c>$states.errorOutput</c> for a catcher ("Transforming data with JSONata", Output).
    /// </summary>
    internal static StateOutcome FinishJsonata(JsonataEnvironment environment, JsonValue defaultOutput, string? next, JsonataTemplate? output, JsonataTemplate? assign)
    {
        var assigned = (JsonObject?)assign?.Evaluate(environment);
        var value = output?.Evaluate(environment) ?? defaultOutput;
        return StateOutcome.Continue(value, next, assigned);
    }

    /// <summary>Evaluates Assign against <paramref name="source"/> (the state's result in JSONPath states).</summary>
    internal JsonObject? EvaluateAssign(PayloadTemplate? assign, JsonValue source, IEvaluationContext context) =>
        assign is null ? null : assign.Evaluate(source, context) as JsonObject;
}
