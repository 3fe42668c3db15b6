using EventPro.Specs.Engine.ErrorHandling;
using EventPro.Specs.Engine.Paths;

namespace EventPro.Specs.Engine.States.Parallel;

/// <summary>A Parallel state: runs each branch on the same input; the output is the array of branch outputs.</summary>
public sealed partial class ParallelState : TaskLikeState
{
    internal ParallelState(StateCommon common, IReadOnlyList<StateGraph> branches, PayloadTemplate? parameters, PayloadTemplate? resultSelector, OptionalPath resultPath, IReadOnlyList<Retrier> retry, IReadOnlyList<Catcher> catchers)
        : base(common, parameters, resultSelector, resultPath, retry, catchers) => Branches = branches;

    /// <inheritdoc />
    public override string Type => "Parallel";

    /// <summary>The branches.</summary>
    public IReadOnlyList<StateGraph> Branches { get; }
}
