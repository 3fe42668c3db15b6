namespace EventPro.Specs.Engine.Jsonata.Parsing;

/// <summary>
/// Marks calls in tail position of a lambda body (directly, in either branch of a condition, or
/// last in a block) as thunks, so the evaluator runs tail recursion in a loop instead of growing
/// the stack, as the reference implementation does.
/// </summary>
internal static class TailCalls
{
    /// <summary>Rewrites the tail positions of <paramref name="expr"/>.</summary>
    public static Node Optimize(Node expr)
    {
        switch (expr.Type)
        {
            case NodeType.Function when expr.Predicate is null:
                return new Node(NodeType.Lambda, "thunk", expr.Position) { Thunk = true, Parameters = [], Body = expr };
            case NodeType.Condition:
                expr.Then = Optimize(expr.Then!);
                if (expr.Else is not null)
                {
                    expr.Else = Optimize(expr.Else);
                }

                return expr;
            case NodeType.Block:
                if (expr.Expressions!.Count > 0)
                {
                    expr.Expressions[^1] = Optimize(expr.Expressions[^1]);
                }

                return expr;
            default:
                return expr;
        }
    }
}
