using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata.Evaluation;

namespace EventPro.Specs.Engine.Jsonata.Parsing;

/// <summary>
/// A syntax-tree node. The parser and its post-parse rewrite (<see cref="AstProcessor"/>) fill in
/// the fields a node kind needs, as the reference implementation annotates its tree (steps,
/// stages, focus and index bindings, parent slots, tuple flags). Once
/// <see cref="JsonataExpression.Compile"/> returns, nothing changes a node again, so one compiled
/// tree serves any number of concurrent evaluations.
/// </summary>
internal sealed class Node
{
    /// <summary>Creates a node.</summary>
    public Node(NodeType type, string value, int position)
    {
        Type = type;
        Value = value;
        Position = position;
    }

    /// <summary>The node kind.</summary>
    public NodeType Type { get; set; }

    /// <summary>The operator, field name, variable name or literal text.</summary>
    public string Value { get; set; }

    /// <summary>The offset just after the node's token in the expression.</summary>
    public int Position { get; set; }

    /// <summary>The value of a string, number or value literal.</summary>
    public JsonValue? Literal { get; set; }

    /// <summary>Left operand (binary, bind, apply); for a raw grouping, the grouped expression.</summary>
    public Node? Lhs { get; set; }

    /// <summary>Right operand.</summary>
    public Node? Rhs { get; set; }

    /// <summary>The operand of unary minus.</summary>
    public Node? Expression { get; set; }

    /// <summary>Items of an array constructor, or expressions of a block.</summary>
    public List<Node>? Expressions { get; set; }

    /// <summary>Pairs of an object constructor (or of a raw grouping before the rewrite).</summary>
    public List<ObjectPair>? Pairs { get; set; }

    /// <summary>The grouping applied to this step or expression.</summary>
    public GroupSpec? Group { get; set; }

    /// <summary>The steps of a path.</summary>
    public List<Node>? Steps { get; set; }

    /// <summary>Whether a path must keep a singleton result as an array (a step ended in <c>[]</c>).</summary>
    public bool KeepSingletonArray { get; set; }

    /// <summary>Predicates of a non-step expression.</summary>
    public List<Node>? Predicate { get; set; }

    /// <summary>Stages (predicates and index bindings) of a path step.</summary>
    public List<Node>? Stages { get; set; }

    /// <summary>The terms of an order-by step.</summary>
    public List<SortTerm>? Terms { get; set; }

    /// <summary>The condition of <c>?:</c>.</summary>
    public Node? Condition { get; set; }

    /// <summary>The then-branch of <c>?:</c>.</summary>
    public Node? Then { get; set; }

    /// <summary>The else-branch of <c>?:</c>, if any.</summary>
    public Node? Else { get; set; }

    /// <summary>The callee of a function call or partial application.</summary>
    public Node? Procedure { get; set; }

    /// <summary>The arguments of a call (or the parameters of a lambda before the rewrite).</summary>
    public List<Node>? Arguments { get; set; }

    /// <summary>The parameter names of a lambda.</summary>
    public List<string>? Parameters { get; set; }

    /// <summary>The signature of a lambda, if declared.</summary>
    public Signature? Signature { get; set; }

    /// <summary>The body of a lambda.</summary>
    public Node? Body { get; set; }

    /// <summary>Whether this lambda is the thunk of a tail call.</summary>
    public bool Thunk { get; set; }

    /// <summary>The pattern of a transform.</summary>
    public Node? Pattern { get; set; }

    /// <summary>The update of a transform.</summary>
    public Node? Update { get; set; }

    /// <summary>The delete clause of a transform, if any.</summary>
    public Node? Delete { get; set; }

    /// <summary>The compiled regular expression of a regex literal.</summary>
    public JsonataRegex? Regex { get; set; }

    /// <summary>Whether the node was followed by <c>[]</c> (keep singleton arrays).</summary>
    public bool KeepArray { get; set; }

    /// <summary>Whether this array constructor is the first or last step of a path (kept unflattened).</summary>
    public bool ConsArray { get; set; }

    /// <summary>Whether this step takes part in a tuple stream (focus, index or parent bindings).</summary>
    public bool Tuple { get; set; }

    /// <summary>The variable bound to each item by <c>@$v</c>.</summary>
    public string? Focus { get; set; }

    /// <summary>The variable bound to each position by <c>#$v</c>.</summary>
    public string? Index { get; set; }

    /// <summary>The parent slot this step binds its input to.</summary>
    public Slot? Ancestor { get; set; }

    /// <summary>The slot a <c>%</c> node reads.</summary>
    public Slot? Slot { get; set; }

    /// <summary>Parent slots still unresolved below this node.</summary>
    public List<Slot>? SeekingParent { get; set; }
}
