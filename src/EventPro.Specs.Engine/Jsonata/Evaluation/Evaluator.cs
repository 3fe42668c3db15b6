using System.Runtime.CompilerServices;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata.Parsing;

namespace EventPro.Specs.Engine.Jsonata.Evaluation;

/// <summary>
/// Evaluates a compiled tree against one input, following the reference implementation's
/// evaluation rules (jsonata.js <c>evaluate</c> and friends). One instance serves one evaluation:
/// it carries the clock reading, the random source and the runaway guards (nesting depth and a
/// step budget, both reported as U1001 like the reference test suite's time box).
/// </summary>
internal sealed partial class Evaluator
{
    private readonly JsonataEnvironment _environment;
    private int _depth;
    private long _steps;

    /// <summary>Creates an evaluator for one evaluation.</summary>
    public Evaluator(JsonataEnvironment environment) => _environment = environment;

    /// <summary>The instant $now() and $millis() report.</summary>
    public DateTimeOffset Now => _environment.Now;

    /// <summary>The random source.</summary>
    public Random Random => _environment.Random;

    /// <summary>Evaluates <paramref name="root"/> against the input document.</summary>
    public object? Run(Node root, JsonValue? input)
    {
        var frame = Frame.Root(_environment.Bindings, input);
        object? context = input;
        if (input is JsonArray)
        {
            // An array input is wrapped in a singleton sequence so that it is treated as one item.
            var wrapper = RuntimeArray.SequenceOf(input);
            wrapper.OuterWrapper = true;
            context = wrapper;
        }

        return Evaluate(root, context, frame);
    }

    /// <summary>Evaluates one node; the result is a runtime value (null for undefined).</summary>
    public object? Evaluate(Node expr, object? input, Frame frame)
    {
        Enter();
        var result = expr.Type switch
        {
            NodeType.Path => EvaluatePath(expr, input, frame),
            NodeType.Binary => EvaluateBinary(expr, input, frame),
            NodeType.Unary => EvaluateUnary(expr, input, frame),
            NodeType.Name => Lookup(input, expr.Value),
            NodeType.String or NodeType.Number or NodeType.Value => expr.Literal,
            NodeType.Wildcard => EvaluateWildcard(input),
            NodeType.Descendant => EvaluateDescendants(input),
            NodeType.Parent => frame.Lookup(expr.Slot!.Label),
            NodeType.Condition => EvaluateCondition(expr, input, frame),
            NodeType.Block => EvaluateBlock(expr, input, frame),
            NodeType.Bind => EvaluateBind(expr, input, frame),
            NodeType.Regex => expr.Regex,
            NodeType.Function => EvaluateFunction(expr, input, frame, hasApplyTo: false, applyTo: null),
            NodeType.Variable => EvaluateVariable(expr, input, frame),
            NodeType.Lambda => new LambdaFunction(expr.Body!, expr.Parameters!, frame, input, expr.Signature, expr.Thunk),
            NodeType.Partial => EvaluatePartialApplication(expr, input, frame),
            NodeType.Apply => EvaluateApplyExpression(expr, input, frame),
            NodeType.Transform => CreateTransformer(expr, frame),
            _ => throw JsonataErrors.Create("S0206", expr.Position, expr.Value),
        };

        if (expr.Predicate is not null)
        {
            foreach (var predicate in expr.Predicate)
            {
                result = EvaluateFilter(predicate.Expression!, result, frame);
            }
        }

        if (expr.Type != NodeType.Path && expr.Group is not null)
        {
            result = EvaluateGroup(expr.Group, result, frame);
        }

        _depth--;
        if (result is RuntimeArray { IsSequence: true, IsTupleStream: false } sequence)
        {
            if (expr.KeepArray)
            {
                sequence.KeepSingleton = true;
            }

            if (sequence.Count == 0)
            {
                result = null;
            }
            else if (sequence.Count == 1 && !sequence.KeepSingleton)
            {
                result = sequence[0];
            }
        }

        return result;
    }

    private void Enter()
    {
        _depth++;
        _steps++;
        if (_depth > _environment.MaxDepth)
        {
            throw StackOverflow();
        }

        if (_steps > _environment.MaxSteps)
        {
            throw new JsonataException("U1001", "Expression evaluation timeout: Check for infinite loop") { IsResourceLimit = true };
        }

        // The guard above bounds recursion, but a host thread may have less stack than the
        // limit needs; fail like JSONata rather than crash the process. (The runtime keeps only a
        // small reserve on Linux, so this is checked on every level.)
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw StackOverflow();
        }
    }

    /// <summary>Fails when a sequence of <paramref name="count"/> items exceeds the memory bound.</summary>
    public void CheckSequenceSize(long count)
    {
        if (_environment.MemoryLimitBytes is { } limit && count * 8 > limit)
        {
            throw MemoryLimitExceeded();
        }
    }

    /// <summary>Fails when a string of <paramref name="length"/> characters exceeds the memory bound.</summary>
    public void CheckStringSize(long length)
    {
        if (_environment.MemoryLimitBytes is { } limit && length > limit)
        {
            throw MemoryLimitExceeded();
        }
    }

    // The texts AWS Step Functions reports (its stack message has one space after the full stop
    // where the reference test runner's has two).
    private static JsonataException StackOverflow() =>
        new("U1001", "Stack overflow error: Check for non-terminating recursive function. Consider rewriting as tail-recursive.") { IsResourceLimit = true };

    private static JsonataException MemoryLimitExceeded() =>
        new("D2015", "Expression evaluation memory limit exceeded: Check for excessive memory usage") { IsResourceLimit = true };

    /// <summary>
    /// Gives an error the position and token of the expression it passes through, if it has
    /// none yet (the reference sets them on the way out). Used as an exception filter that never
    /// catches: a rethrow from every level of a deep recursion would need stack for every level.
    /// </summary>
    private static bool Annotate(JsonataException error, int position, string token)
    {
        error.Position ??= position;
        error.Token ??= token;
        return false;
    }

    private object? EvaluateVariable(Node expr, object? input, Frame frame)
    {
        if (expr.Value.Length == 0)
        {
            // `$` is the context item; an array input document is the item of its wrapper.
            return input is RuntimeArray { OuterWrapper: true } wrapper && wrapper.Count > 0 ? wrapper[0] : input;
        }

        return frame.Lookup(expr.Value);
    }

    private object? EvaluateCondition(Node expr, object? input, Frame frame)
    {
        var condition = Evaluate(expr.Condition!, input, frame);
        if (Values.IsTruthy(condition))
        {
            return Evaluate(expr.Then!, input, frame);
        }

        return expr.Else is null ? null : Evaluate(expr.Else, input, frame);
    }

    private object? EvaluateBlock(Node expr, object? input, Frame frame)
    {
        // A block is a scope: its assignments are not visible outside.
        var scope = new Frame(frame);
        object? result = null;
        foreach (var expression in expr.Expressions!)
        {
            result = Evaluate(expression, input, scope);
        }

        return result;
    }

    private object? EvaluateBind(Node expr, object? input, Frame frame)
    {
        var value = Evaluate(expr.Rhs!, input, frame);
        frame.Bind(expr.Lhs!.Value, value);
        return value;
    }
}
