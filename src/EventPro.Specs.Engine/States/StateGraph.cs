using EventPro.Specs.Engine.Definition;

namespace EventPro.Specs.Engine.States;

/// <summary>
/// A set of states with a start: the whole state machine, one Parallel branch, or a Map item
/// processor. Branches are self-contained: their transitions stay inside them.
/// </summary>
public sealed class StateGraph
{
    private bool? _onlySharedRuns;

    internal StateGraph(string pointer, string startAt, IReadOnlyDictionary<string, State> states, IReadOnlyList<string> order, QueryLanguage queryLanguage, string? comment)
    {
        Pointer = pointer;
        StartAt = startAt;
        States = states;
        StateOrder = order;
        QueryLanguage = queryLanguage;
        Comment = comment;
    }

    /// <summary>JSON pointer of this graph's object in the definition.</summary>
    public string Pointer { get; }

    /// <summary>The first state.</summary>
    public string StartAt { get; }

    /// <summary>The states by name.</summary>
    public IReadOnlyDictionary<string, State> States { get; }

    /// <summary>The state names in definition order.</summary>
    public IReadOnlyList<string> StateOrder { get; }

    /// <summary>The query language of this graph's states unless a state says otherwise.</summary>
    public QueryLanguage QueryLanguage { get; }

    /// <summary>The Comment field.</summary>
    public string? Comment { get; }

    /// <summary>
    /// Whether every state shares its branch's run (<see cref="State.SharesBranchRun"/>): a branch of
    /// this graph then runs synchronously and nothing refers to it once it ends, so Map iterations can
    /// take turns on one branch object.
    /// </summary>
    internal bool OnlySharedRuns => _onlySharedRuns ??= States.Values.All(s => s.SharesBranchRun);
}
