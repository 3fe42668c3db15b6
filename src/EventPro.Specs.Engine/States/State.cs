using EventPro.Specs.Engine.Definition;
using EventPro.Specs.Engine.Paths;
using EventPro.Specs.Engine.Queries;

namespace EventPro.Specs.Engine.States;

/// <summary>
/// One state of a state machine, parsed and validated once. Each state type is a sealed subclass in
/// its own folder; every state knows its name and JSON pointer so runtime errors can name them.
/// </summary>
public abstract partial class State
{
    private protected State(StateCommon common)
    {
        Name = common.Name;
        Pointer = common.Pointer;
        Comment = common.Comment;
        QueryLanguage = common.QueryLanguage;
        Next = common.Next;
        End = common.End;
        InputPath = common.InputPath;
        OutputPath = common.OutputPath;
        Assign = common.Assign;
        Output = common.Output;
        JsonataAssign = common.JsonataAssign;
    }

    /// <summary>The state's name (its key in States).</summary>
    public string Name { get; }

    /// <summary>JSON pointer of the state's object in the definition.</summary>
    public string Pointer { get; }

    /// <summary>The Comment field.</summary>
    public string? Comment { get; }

    /// <summary>The query language in force for this state (its own field, or the state machine's).</summary>
    public QueryLanguage QueryLanguage { get; }

    /// <summary>The state to run next, or null for a terminal state.</summary>
    public string? Next { get; }

    /// <summary>Whether the state ends its branch (End: true, or a Succeed/Fail state).</summary>
    public bool End { get; }

    /// <summary>InputPath (JSONPath states); <see cref="OptionalPath.Root"/> when absent.</summary>
    public OptionalPath InputPath { get; }

    /// <summary>OutputPath (JSONPath states); <see cref="OptionalPath.Root"/> when absent.</summary>
    public OptionalPath OutputPath { get; }

    /// <summary>The compiled Assign block of a JSONPath state, or null.</summary>
    public PayloadTemplate? Assign { get; }

    /// <summary>The Output field of a JSONata state, or null (the default output then applies).</summary>
    public JsonataTemplate? Output { get; }

    /// <summary>The Assign block of a JSONata state, or null.</summary>
    public JsonataTemplate? JsonataAssign { get; }

    /// <summary>Whether the state runs JSONata (Arguments, Output, <c>{% %}</c>) rather than JSONPath.</summary>
    public bool IsJsonata => QueryLanguage == QueryLanguage.Jsonata;

    /// <summary>The ASL type name, e.g. <c>Pass</c>.</summary>
    public abstract string Type { get; }

    /// <summary>The names of every state this one can transition to (Next, Choice targets, Default, Catch targets).</summary>
    public virtual IEnumerable<string> Transitions => Next is null ? [] : [Next];
}
