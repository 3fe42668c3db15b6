using System.Globalization;
using EventPro.Specs.Engine.Jsonata.Evaluation;

namespace EventPro.Specs.Engine.Jsonata.Parsing;

/// <summary>
/// The post-parse rewrite of the reference implementation (parser.js processAST): flattens
/// <c>.</c> chains into paths of steps, attaches predicates as stages, turns <c>@</c>/<c>#</c>
/// into focus and index bindings, resolves each <c>%</c> to the step that binds its parent, and
/// marks tail calls in lambda bodies.
/// </summary>
internal sealed class AstProcessor
{
    private int _ancestorLabel;

    /// <summary>Rewrites the whole tree; a <c>%</c> that reaches the top level cannot be resolved (S0217).</summary>
    public Node Process(Node root)
    {
        var result = ProcessNode(root);
        if (result.Type == NodeType.Parent || result.SeekingParent is not null)
        {
            throw JsonataErrors.Create("S0217", result.Position, result.Type.ToString().ToLowerInvariant());
        }

        return result;
    }

    private Node ProcessNode(Node expr)
    {
        Node result;
        switch (expr.Type)
        {
            case NodeType.Binary:
                result = expr.Value switch
                {
                    "." => ProcessPathStep(expr),
                    "[" => ProcessPredicate(expr),
                    "{" => ProcessGroup(expr),
                    "^" => ProcessOrderBy(expr),
                    ":=" => ProcessBind(expr),
                    "@" => ProcessFocus(expr),
                    "#" => ProcessIndex(expr),
                    "~>" => ProcessApply(expr),
                    _ => ProcessBinaryOperator(expr),
                };
                break;
            case NodeType.Unary:
                result = ProcessUnary(expr);
                break;
            case NodeType.Function:
            case NodeType.Partial:
                result = new Node(expr.Type, expr.Value, expr.Position) { Arguments = [] };
                foreach (var argument in expr.Arguments!)
                {
                    var processed = ProcessNode(argument);
                    PushAncestry(result, processed);
                    result.Arguments.Add(processed);
                }

                result.Procedure = ProcessNode(expr.Procedure!);
                break;
            case NodeType.Lambda:
                result = new Node(NodeType.Lambda, expr.Value, expr.Position)
                {
                    Parameters = expr.Parameters,
                    Signature = expr.Signature,
                    Body = TailCalls.Optimize(ProcessNode(expr.Body!)),
                };
                break;
            case NodeType.Condition:
                result = new Node(NodeType.Condition, expr.Value, expr.Position);
                result.Condition = ProcessNode(expr.Condition!);
                PushAncestry(result, result.Condition);
                result.Then = ProcessNode(expr.Then!);
                PushAncestry(result, result.Then);
                if (expr.Else is not null)
                {
                    result.Else = ProcessNode(expr.Else);
                    PushAncestry(result, result.Else);
                }

                break;
            case NodeType.Transform:
                result = new Node(NodeType.Transform, expr.Value, expr.Position)
                {
                    Pattern = ProcessNode(expr.Pattern!),
                    Update = ProcessNode(expr.Update!),
                    Delete = expr.Delete is null ? null : ProcessNode(expr.Delete),
                };
                break;
            case NodeType.Block:
                result = new Node(NodeType.Block, expr.Value, expr.Position) { Expressions = [] };
                foreach (var item in expr.Expressions!)
                {
                    var part = ProcessNode(item);
                    PushAncestry(result, part);
                    if (part.ConsArray || (part.Type == NodeType.Path && part.Steps![0].ConsArray))
                    {
                        result.ConsArray = true;
                    }

                    result.Expressions.Add(part);
                }

                break;
            case NodeType.Name:
                result = new Node(NodeType.Path, expr.Value, expr.Position) { Steps = [expr] };
                if (expr.KeepArray)
                {
                    result.KeepSingletonArray = true;
                }

                break;
            case NodeType.Parent:
                result = new Node(NodeType.Parent, expr.Value, expr.Position)
                {
                    Slot = new Slot { Label = "!" + _ancestorLabel++.ToString(CultureInfo.InvariantCulture), Level = 1 },
                };
                break;
            case NodeType.Operator:
                if (expr.Value is "and" or "or" or "in")
                {
                    // A keyword in operand position is a field name.
                    expr.Type = NodeType.Name;
                    result = ProcessNode(expr);
                }
                else if (expr.Value == "?")
                {
                    result = expr;
                }
                else
                {
                    throw JsonataErrors.Create("S0201", expr.Position, expr.Value);
                }

                break;
            default:
                // String, Number, Value, Wildcard, Descendant, Variable, Regex.
                result = expr;
                break;
        }

        if (expr.KeepArray)
        {
            result.KeepArray = true;
        }

        return result;
    }

    private Node ProcessPathStep(Node expr)
    {
        var leftStep = ProcessNode(expr.Lhs!);
        Node result;
        if (leftStep.Type == NodeType.Path)
        {
            result = leftStep;
        }
        else
        {
            result = new Node(NodeType.Path, ".", leftStep.Position) { Steps = [leftStep] };
        }

        if (leftStep.Type == NodeType.Parent)
        {
            result.SeekingParent = [leftStep.Slot!];
        }

        var rest = ProcessNode(expr.Rhs!);
        if (rest.Type == NodeType.Path)
        {
            result.Steps!.AddRange(rest.Steps!);
        }
        else
        {
            if (rest.Predicate is not null)
            {
                rest.Stages = rest.Predicate;
                rest.Predicate = null;
            }

            result.Steps!.Add(rest);
        }

        foreach (var step in result.Steps!)
        {
            if (step.Type is NodeType.Number or NodeType.Value)
            {
                // Numbers and true/false/null cannot be steps.
                throw JsonataErrors.WithValue("S0213", step.Literal, step.Position);
            }

            if (step.Type == NodeType.String)
            {
                // A string literal step is a field name ("Product Name" in quotes).
                step.Type = NodeType.Name;
            }
        }

        foreach (var step in result.Steps)
        {
            if (step.KeepArray)
            {
                result.KeepSingletonArray = true;
                break;
            }
        }

        var first = result.Steps[0];
        if (first.Type == NodeType.Unary && first.Value == "[")
        {
            first.ConsArray = true;
        }

        var last = result.Steps[^1];
        if (last.Type == NodeType.Unary && last.Value == "[")
        {
            last.ConsArray = true;
        }

        ResolveAncestry(result);
        return result;
    }

    private Node ProcessPredicate(Node expr)
    {
        var result = ProcessNode(expr.Lhs!);
        var step = result;
        var isStage = false;
        if (result.Type == NodeType.Path)
        {
            step = result.Steps![^1];
            isStage = true;
        }

        if (step.Group is not null)
        {
            throw JsonataErrors.Create("S0209", expr.Position);
        }

        var predicate = ProcessNode(expr.Rhs!);
        if (predicate.SeekingParent is not null)
        {
            foreach (var slot in predicate.SeekingParent)
            {
                if (slot.Level == 1)
                {
                    SeekParent(step, slot);
                }
                else
                {
                    slot.Level--;
                }
            }

            PushAncestry(step, predicate);
        }

        var filter = new Node(NodeType.Filter, "[", expr.Position) { Expression = predicate };
        if (isStage)
        {
            (step.Stages ??= []).Add(filter);
        }
        else
        {
            (step.Predicate ??= []).Add(filter);
        }

        return result;
    }

    private Node ProcessGroup(Node expr)
    {
        var result = ProcessNode(expr.Lhs!);
        if (result.Group is not null)
        {
            throw JsonataErrors.Create("S0210", expr.Position);
        }

        var pairs = new List<ObjectPair>(expr.Pairs!.Count);
        foreach (var pair in expr.Pairs)
        {
            pairs.Add(new ObjectPair(ProcessNode(pair.Key), ProcessNode(pair.Value)));
        }

        result.Group = new GroupSpec(pairs, expr.Position);
        return result;
    }

    private Node ProcessOrderBy(Node expr)
    {
        var result = ProcessNode(expr.Lhs!);
        if (result.Type != NodeType.Path)
        {
            result = new Node(NodeType.Path, ".", result.Position) { Steps = [result] };
        }

        var sortStep = new Node(NodeType.Sort, "^", expr.Position) { Terms = [] };
        foreach (var term in expr.Terms!)
        {
            var expression = ProcessNode(term.Expression);
            PushAncestry(sortStep, expression);
            sortStep.Terms.Add(new SortTerm(expression, term.Descending));
        }

        result.Steps!.Add(sortStep);
        ResolveAncestry(result);
        return result;
    }

    private Node ProcessBind(Node expr)
    {
        var result = new Node(NodeType.Bind, expr.Value, expr.Position)
        {
            Lhs = ProcessNode(expr.Lhs!),
            Rhs = ProcessNode(expr.Rhs!),
        };
        PushAncestry(result, result.Rhs);
        return result;
    }

    private Node ProcessFocus(Node expr)
    {
        var result = ProcessNode(expr.Lhs!);
        var step = result.Type == NodeType.Path ? result.Steps![^1] : result;
        if (step.Stages is not null || step.Predicate is not null)
        {
            throw JsonataErrors.Create("S0215", expr.Position);
        }

        if (step.Type == NodeType.Sort)
        {
            throw JsonataErrors.Create("S0216", expr.Position);
        }

        if (expr.KeepArray)
        {
            step.KeepArray = true;
        }

        step.Focus = expr.Rhs!.Value;
        step.Tuple = true;
        return result;
    }

    private Node ProcessIndex(Node expr)
    {
        var result = ProcessNode(expr.Lhs!);
        Node step;
        if (result.Type == NodeType.Path)
        {
            step = result.Steps![^1];
        }
        else
        {
            step = result;
            result = new Node(NodeType.Path, ".", step.Position) { Steps = [step] };
            if (step.Predicate is not null)
            {
                step.Stages = step.Predicate;
                step.Predicate = null;
            }
        }

        if (step.Stages is null)
        {
            step.Index = expr.Rhs!.Value;
        }
        else
        {
            step.Stages.Add(new Node(NodeType.IndexStage, expr.Rhs!.Value, expr.Position));
        }

        step.Tuple = true;
        return result;
    }

    private Node ProcessApply(Node expr)
    {
        var result = new Node(NodeType.Apply, expr.Value, expr.Position)
        {
            Lhs = ProcessNode(expr.Lhs!),
            Rhs = ProcessNode(expr.Rhs!),
        };

        // jsonata 2.0.6 (PR #714): `x ~> f()[]` keeps the singleton array of the chained result.
        result.KeepArray = result.Lhs.KeepArray || result.Rhs.KeepArray;
        return result;
    }

    private Node ProcessBinaryOperator(Node expr)
    {
        var result = new Node(NodeType.Binary, expr.Value, expr.Position)
        {
            Lhs = ProcessNode(expr.Lhs!),
            Rhs = ProcessNode(expr.Rhs!),
        };
        PushAncestry(result, result.Lhs);
        PushAncestry(result, result.Rhs);
        return result;
    }

    private Node ProcessUnary(Node expr)
    {
        var result = new Node(NodeType.Unary, expr.Value, expr.Position);
        if (expr.Value == "[")
        {
            result.Expressions = [];
            foreach (var item in expr.Expressions!)
            {
                var value = ProcessNode(item);
                PushAncestry(result, value);
                result.Expressions.Add(value);
            }
        }
        else if (expr.Value == "{")
        {
            result.Pairs = [];
            foreach (var pair in expr.Pairs!)
            {
                var key = ProcessNode(pair.Key);
                PushAncestry(result, key);
                var value = ProcessNode(pair.Value);
                PushAncestry(result, value);
                result.Pairs.Add(new ObjectPair(key, value));
            }
        }
        else
        {
            result.Expression = ProcessNode(expr.Expression!);
            if (result.Expression.Type == NodeType.Number)
            {
                // Fold a negated number literal.
                var number = result.Expression;
                number.Literal = Json.JsonNumber.From(-((Json.JsonNumber)number.Literal!).Value);
                result = number;
            }
            else
            {
                PushAncestry(result, result.Expression);
            }
        }

        return result;
    }

    private static void PushAncestry(Node result, Node value)
    {
        if (value.SeekingParent is null && value.Type != NodeType.Parent)
        {
            return;
        }

        var slots = value.SeekingParent ?? [];
        if (value.Type == NodeType.Parent)
        {
            slots.Add(value.Slot!);
        }

        if (result.SeekingParent is null)
        {
            result.SeekingParent = slots;
        }
        else
        {
            result.SeekingParent.AddRange(slots);
        }
    }

    private static void ResolveAncestry(Node path)
    {
        var steps = path.Steps!;
        var lastStep = steps[^1];
        var slots = lastStep.SeekingParent ?? [];
        if (lastStep.Type == NodeType.Parent)
        {
            slots.Add(lastStep.Slot!);
        }

        foreach (var slot in slots)
        {
            var index = steps.Count - 2;
            while (slot.Level > 0)
            {
                if (index < 0)
                {
                    (path.SeekingParent ??= []).Add(slot);
                    break;
                }

                // Contiguous steps that bind the focus are skipped together.
                var step = steps[index--];
                while (index >= 0 && step.Focus is not null && steps[index].Focus is not null)
                {
                    step = steps[index--];
                }

                SeekParent(step, slot);
            }
        }
    }

    private static void SeekParent(Node node, Slot slot)
    {
        switch (node.Type)
        {
            case NodeType.Name:
            case NodeType.Wildcard:
                slot.Level--;
                if (slot.Level == 0)
                {
                    if (node.Ancestor is not null)
                    {
                        // Reuse the label this step already binds.
                        slot.Label = node.Ancestor.Label;
                    }

                    node.Ancestor = slot;
                    node.Tuple = true;
                }

                break;
            case NodeType.Parent:
                slot.Level++;
                break;
            case NodeType.Block:
                if (node.Expressions!.Count > 0)
                {
                    node.Tuple = true;
                    SeekParent(node.Expressions[^1], slot);
                }

                break;
            case NodeType.Path:
                node.Tuple = true;
                var index = node.Steps!.Count - 1;
                SeekParent(node.Steps[index--], slot);
                while (slot.Level > 0 && index >= 0)
                {
                    SeekParent(node.Steps[index--], slot);
                }

                break;
            default:
                throw JsonataErrors.Create("S0217", node.Position, node.Type.ToString().ToLowerInvariant());
        }
    }
}
