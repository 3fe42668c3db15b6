using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata.Parsing;

namespace EventPro.Specs.Engine.Jsonata.Evaluation;

/// <summary>Function calls, partial application, <c>~&gt;</c> chaining and the tail-call trampoline.</summary>
internal sealed partial class Evaluator
{
    /// <summary>
    /// Calls a function value with arguments, as higher-order built-ins do; a tail call returned
    /// as a thunk is run in a loop here, so tail recursion does not grow the stack.
    /// </summary>
    public object? Apply(object? procedure, IReadOnlyList<object?> args, object? input = null)
    {
        var result = ApplyInner(procedure, args, input);
        while (result is LambdaFunction { IsThunk: true } thunk)
        {
            var call = thunk.Body;
            var next = Evaluate(call.Procedure!, thunk.Input, thunk.Environment);
            var evaluated = new object?[call.Arguments!.Count];
            for (var i = 0; i < evaluated.Length; i++)
            {
                evaluated[i] = Evaluate(call.Arguments[i], thunk.Input, thunk.Environment);
            }

            try
            {
                result = ApplyInner(next, evaluated, input);
            }
            catch (JsonataException e) when (Annotate(e, call.Position, ProcedureName(call.Procedure!)))
            {
                throw;
            }
        }

        return result;
    }

    private object? ApplyInner(object? procedure, IReadOnlyList<object?> args, object? input)
    {
        if (procedure is not JsonataFunction function)
        {
            throw JsonataErrors.Create("T1006");
        }

        IReadOnlyList<object?> validated = function.Signature is { } signature ? signature.Validate(args, input) : args;
        switch (function)
        {
            case LambdaFunction lambda:
                var scope = new Frame(lambda.Environment);
                for (var i = 0; i < lambda.Parameters.Count; i++)
                {
                    scope.Bind(lambda.Parameters[i], i < validated.Count ? validated[i] : null);
                }

                return Evaluate(lambda.Body, lambda.Input, scope);
            case NativeFunction native:
                var nativeArgs = validated as object?[] ?? [.. validated];
                if (!native.AcceptsNonFinite)
                {
                    foreach (var arg in nativeArgs)
                    {
                        if (Values.HasNonFinite(arg))
                        {
                            // The built-ins check their numbers with isNumeric, which refuses infinities.
                            throw JsonataErrors.WithValue("D1001", arg);
                        }
                    }
                }

                return native.Implementation(this, nativeArgs);
            case PartialFunction partial:
                return ApplyInner(partial.Target, partial.Fill(args), input);
            case JsonataRegex regex:
                if (validated.Count == 0 || validated[0] is not JsonString text)
                {
                    return null;
                }

                var from = validated.Count > 1 && validated[1] is JsonNumber start ? (int)start.Value : 0;
                return regex.Invoke(text.Value, from);
            case ClosureFunction closure:
                return closure.Invoke(this, validated);
            default:
                throw JsonataErrors.Create("T1006");
        }
    }

    private static string ProcedureName(Node procedure) =>
        procedure.Type == NodeType.Path ? procedure.Steps![0].Value : procedure.Value;

    private object? EvaluateFunction(Node expr, object? input, Frame frame, bool hasApplyTo, object? applyTo)
    {
        var procedure = Evaluate(expr.Procedure!, input, frame);
        if (procedure is null && expr.Procedure!.Type == NodeType.Path && frame.Lookup(expr.Procedure.Steps![0].Value) is not null)
        {
            // `uppercase(x)` where `$uppercase` was meant.
            throw JsonataErrors.Create("T1005", expr.Position, expr.Procedure.Steps[0].Value);
        }

        var args = new object?[expr.Arguments!.Count + (hasApplyTo ? 1 : 0)];
        var n = 0;
        if (hasApplyTo)
        {
            args[n++] = applyTo;
        }

        foreach (var argument in expr.Arguments)
        {
            args[n++] = Evaluate(argument, input, frame);
        }

        try
        {
            return Apply(procedure, args, input);
        }
        catch (JsonataException e) when (Annotate(e, expr.Position, ProcedureName(expr.Procedure!)))
        {
            throw;
        }
    }

    private object? EvaluatePartialApplication(Node expr, object? input, Frame frame)
    {
        var args = new object?[expr.Arguments!.Count];
        for (var i = 0; i < args.Length; i++)
        {
            var argument = expr.Arguments[i];
            args[i] = argument.Type == NodeType.Operator && argument.Value == "?"
                ? PartialFunction.Placeholder
                : Evaluate(argument, input, frame);
        }

        var procedure = Evaluate(expr.Procedure!, input, frame);
        if (procedure is null && expr.Procedure!.Type == NodeType.Path && frame.Lookup(expr.Procedure.Steps![0].Value) is not null)
        {
            throw JsonataErrors.Create("T1007", expr.Position, expr.Procedure.Steps[0].Value);
        }

        switch (procedure)
        {
            case LambdaFunction lambda:
                // Bind the supplied parameters; the placeholders remain as parameters.
                var scope = new Frame(lambda.Environment);
                var unbound = new List<string>();
                for (var i = 0; i < lambda.Parameters.Count; i++)
                {
                    var arg = i < args.Length ? args[i] : null;
                    if (ReferenceEquals(arg, PartialFunction.Placeholder))
                    {
                        unbound.Add(lambda.Parameters[i]);
                    }
                    else
                    {
                        scope.Bind(lambda.Parameters[i], arg);
                    }
                }

                return new LambdaFunction(lambda.Body, unbound, scope, lambda.Input, signature: null, isThunk: false);
            case JsonataFunction function:
                return new PartialFunction(function, args);
            default:
                throw JsonataErrors.Create("T1008", expr.Position, ProcedureName(expr.Procedure!));
        }
    }

    private object? EvaluateApplyExpression(Node expr, object? input, Frame frame)
    {
        if (expr.Rhs!.Type == NodeType.Function)
        {
            // `x ~> f(a)` is `f(x, a)`.
            return EvaluateFunction(expr.Rhs, input, frame, hasApplyTo: true, applyTo: Evaluate(expr.Lhs!, input, frame));
        }

        var lhs = Evaluate(expr.Lhs!, input, frame);
        var function = Evaluate(expr.Rhs, input, frame);
        if (function is not JsonataFunction rhsFunction)
        {
            throw JsonataErrors.WithValue("T2006", function, expr.Position);
        }

        if (lhs is JsonataFunction lhsFunction)
        {
            // `f ~> g` composes: λ($x){ g(f($x)) }.
            return new ClosureFunction(1, (evaluator, args) =>
                evaluator.Apply(rhsFunction, [evaluator.Apply(lhsFunction, [args.Count > 0 ? args[0] : null])]));
        }

        return Apply(rhsFunction, [lhs]);
    }
}
