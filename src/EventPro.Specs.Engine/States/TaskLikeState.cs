using EventPro.Specs.Engine.ErrorHandling;
using EventPro.Specs.Engine.Paths;
using EventPro.Specs.Engine.Queries;

namespace EventPro.Specs.Engine.States;

/// <summary>The states that do work and can Retry and Catch: Task, Parallel and Map.</summary>
public abstract partial class TaskLikeState : State
{
    private protected TaskLikeState(StateCommon common, PayloadTemplate? parameters, PayloadTemplate? resultSelector, OptionalPath resultPath, IReadOnlyList<Retrier> retry, IReadOnlyList<Catcher> catchers)
        : base(common)
    {
        Parameters = parameters;
        ResultSelector = resultSelector;
        ResultPath = resultPath;
        Retry = retry;
        Catch = catchers;
    }

    /// <summary>Parameters (for Map: ItemSelector or the legacy Parameters), or null.</summary>
    public PayloadTemplate? Parameters { get; }

    /// <summary>Arguments of a JSONata Task or Parallel (the task's input, the branches' input), or null: the state input is then used.</summary>
    public JsonataTemplate? Arguments { get; init; }

    /// <summary>ResultSelector, or null.</summary>
    public PayloadTemplate? ResultSelector { get; }

    /// <summary>ResultPath.</summary>
    public OptionalPath ResultPath { get; }

    /// <summary>The retriers, in order.</summary>
    public IReadOnlyList<Retrier> Retry { get; }

    /// <summary>The catchers, in order.</summary>
    public IReadOnlyList<Catcher> Catch { get; }

    /// <inheritdoc />
    public override IEnumerable<string> Transitions => base.Transitions.Concat(Catch.Select(c => c.Next));
}
