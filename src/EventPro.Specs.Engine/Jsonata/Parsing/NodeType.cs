namespace EventPro.Specs.Engine.Jsonata.Parsing;

/// <summary>The kinds of syntax-tree nodes, before and after the post-parse rewrite.</summary>
internal enum NodeType
{
    /// <summary>A location path: a list of steps evaluated left to right over sequences.</summary>
    Path,

    /// <summary>A binary operator (arithmetic, comparison, <c>and</c>/<c>or</c>, <c>&amp;</c>, <c>..</c>, <c>in</c>); before the rewrite also <c>.</c>, <c>[</c>, <c>{</c>, <c>^</c>, <c>:=</c>, <c>@</c>, <c>#</c>, <c>~&gt;</c>.</summary>
    Binary,

    /// <summary>Unary minus, array constructor <c>[...]</c> or object constructor <c>{...}</c> (see <see cref="Node.Value"/>).</summary>
    Unary,

    /// <summary>A field name.</summary>
    Name,

    /// <summary>A string literal.</summary>
    String,

    /// <summary>A number literal.</summary>
    Number,

    /// <summary><c>true</c>, <c>false</c> or <c>null</c>.</summary>
    Value,

    /// <summary><c>*</c>: every field value.</summary>
    Wildcard,

    /// <summary><c>**</c>: every descendant.</summary>
    Descendant,

    /// <summary><c>%</c>: the parent of the context item.</summary>
    Parent,

    /// <summary><c>a ? b : c</c>.</summary>
    Condition,

    /// <summary><c>( e1; e2; ... )</c>.</summary>
    Block,

    /// <summary><c>$v := e</c>.</summary>
    Bind,

    /// <summary>A regular expression literal.</summary>
    Regex,

    /// <summary>A function call <c>f(args)</c>.</summary>
    Function,

    /// <summary>A partial application <c>f(?, args)</c>.</summary>
    Partial,

    /// <summary>A variable reference (<c>$</c> is the context, <c>$$</c> the root).</summary>
    Variable,

    /// <summary>A lambda <c>function($x){...}</c>; a thunk when made for a tail call.</summary>
    Lambda,

    /// <summary><c>a ~&gt; f</c>.</summary>
    Apply,

    /// <summary><c>| pattern | update [, delete] |</c>.</summary>
    Transform,

    /// <summary>An order-by step <c>^(...)</c>.</summary>
    Sort,

    /// <summary>An operator token in operand position: the <c>?</c> placeholder of a partial application, or <c>and</c>/<c>or</c>/<c>in</c> used as a name.</summary>
    Operator,

    /// <summary>A predicate stage <c>[expr]</c> of a step.</summary>
    Filter,

    /// <summary>A <c>#$i</c> index-binding stage of a step.</summary>
    IndexStage,
}
