using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata.Parsing;

namespace EventPro.Specs.Engine.Jsonata.Evaluation;

/// <summary>Location paths: steps over sequences, flattening and the collapse of singleton sequences.</summary>
internal sealed partial class Evaluator
{
    private static readonly IReadOnlyList<object?> EmptyList = Array.Empty<object?>();

    /// <summary>
    /// The value of a field in an object; over an array, the values of the field in each item,
    /// arrays among them flattened one level (the reference's <c>fn.lookup</c>).
    /// </summary>
    public static object? Lookup(object? input, string key)
    {
        if (Values.TryGetList(input, out var items))
        {
            var result = RuntimeArray.Sequence(items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                var value = Lookup(items[i], key);
                if (value is null)
                {
                    continue;
                }

                if (Values.TryGetList(value, out var nested))
                {
                    result.AddRange(nested);
                }
                else
                {
                    result.Add(value);
                }
            }

            return result;
        }

        switch (input)
        {
            case JsonObject json:
                return json.GetOrNull(key);
            case RuntimeObject runtime:
                runtime.TryGetValue(key, out var member);
                return member;
            default:
                return null;
        }
    }

    private object? EvaluatePath(Node expr, object? input, Frame frame)
    {
        if (TryEvaluateSimplePath(expr, input, frame, out var simple))
        {
            return simple;
        }

        var steps = expr.Steps!;

        // A path starting with a variable ($x, $$) is absolute: it does not iterate the context.
        IReadOnlyList<object?> inputSequence = Values.TryGetList(input, out var inputItems) && steps[0].Type != NodeType.Variable
            ? inputItems
            : RuntimeArray.SequenceOf(input);

        object? resultSequence = null;
        var isTupleStream = false;
        RuntimeArray? tupleBindings = null;
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            if (step.Tuple)
            {
                isTupleStream = true;
            }

            if (i == 0 && step.ConsArray)
            {
                // A path that starts with an array constructor evaluates it once, not per item.
                resultSequence = Evaluate(step, inputSequence, frame);
            }
            else if (isTupleStream)
            {
                tupleBindings = EvaluateTupleStep(step, inputSequence, tupleBindings, frame);
            }
            else
            {
                resultSequence = EvaluateStep(step, inputSequence, frame, i == steps.Count - 1);
            }

            if (!isTupleStream && (resultSequence is null || (Values.TryGetList(resultSequence, out var produced) && produced.Count == 0)))
            {
                break;
            }

            if (step.Focus is null)
            {
                inputSequence = AsList(resultSequence);
            }
        }

        if (isTupleStream)
        {
            if (expr.Tuple)
            {
                // The tuple stream carries ancestry for an enclosing path: keep it.
                resultSequence = tupleBindings;
            }
            else
            {
                var focuses = RuntimeArray.Sequence(tupleBindings?.Count ?? 0);
                if (tupleBindings is not null)
                {
                    for (var i = 0; i < tupleBindings.Count; i++)
                    {
                        focuses.Add(((TupleBinding)tupleBindings[i]!).Focus);
                    }
                }

                resultSequence = focuses;
            }
        }

        if (expr.KeepSingletonArray)
        {
            // A constructed array marked to keep singletons becomes a sequence that keeps them.
            if (resultSequence is RuntimeArray { IsConstructed: true, IsSequence: false } constructed)
            {
                resultSequence = RuntimeArray.SequenceOf(constructed);
            }

            if (resultSequence is RuntimeArray keep)
            {
                keep.KeepSingleton = true;
            }
            else if (resultSequence is null or JsonArray)
            {
                // Only sequences collapse, so a data array needs no flag.
            }
        }

        if (expr.Group is not null)
        {
            resultSequence = EvaluateGroup(expr.Group, isTupleStream ? tupleBindings : resultSequence, frame);
        }

        return resultSequence;
    }

    /// <summary>
    /// A fast path for the common <c>$states.input.a.b</c> / <c>a.b.c</c> shape: while every
    /// step is a plain field of a single object, the general algorithm would only wrap and unwrap
    /// singleton sequences, so the fields are read directly. Anything else falls back.
    /// </summary>
    private bool TryEvaluateSimplePath(Node expr, object? input, Frame frame, out object? result)
    {
        result = null;
        if (!IsSimplePath(expr))
        {
            return false;
        }

        var steps = expr.Steps!;
        var first = steps[0];
        object? current;
        if (first.Type == NodeType.Variable)
        {
            if (first.Value.Length == 0)
            {
                return false;
            }

            current = frame.Lookup(first.Value);
        }
        else
        {
            if (input is not (JsonObject or RuntimeObject))
            {
                return false;
            }

            current = Lookup(input, first.Value);
        }

        for (var i = 1; i < steps.Count; i++)
        {
            if (current is null)
            {
                return true;
            }

            if (current is not (JsonObject or RuntimeObject))
            {
                return false;
            }

            current = Lookup(current, steps[i].Value);
        }

        if (current is RuntimeArray)
        {
            return false;
        }

        // The reference evaluates each step one level below the path.
        if (_depth + 1 > _environment.MaxDepth)
        {
            throw StackOverflow();
        }

        _steps += steps.Count;
        result = current;
        return true;
    }

    private static bool IsSimplePath(Node expr)
    {
        if (expr.KeepSingletonArray || expr.Group is not null || expr.Tuple || expr.Steps!.Count < 2)
        {
            return false;
        }

        var steps = expr.Steps;
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var plain = step.Type == NodeType.Name || (i == 0 && step.Type == NodeType.Variable);
            if (!plain || step.Stages is not null || step.Predicate is not null || step.Group is not null || step.Tuple
                || step.Focus is not null || step.Index is not null || step.KeepArray || step.Ancestor is not null)
            {
                return false;
            }
        }

        return true;
    }

    private static IReadOnlyList<object?> AsList(object? value) =>
        Values.TryGetList(value, out var items) ? items : EmptyList;

    private object? EvaluateStep(Node step, IReadOnlyList<object?> input, Frame frame, bool lastStep)
    {
        if (step.Type == NodeType.Sort)
        {
            var sorted = EvaluateSortExpression(step, input, frame);
            return step.Stages is null ? sorted : EvaluateStages(step.Stages, sorted, frame);
        }

        var results = new RuntimeArray(input.Count);
        for (var i = 0; i < input.Count; i++)
        {
            var value = Evaluate(step, input[i], frame);
            if (step.Stages is not null)
            {
                foreach (var stage in step.Stages)
                {
                    value = EvaluateFilter(stage.Expression!, value, frame);
                }
            }

            if (value is not null)
            {
                results.Add(value);
            }
        }

        if (lastStep && results.Count == 1 && Values.IsArray(results[0]) && !Values.IsSequence(results[0]))
        {
            // The last step produced a single array (not a sequence): it is the result as it is.
            return results[0];
        }

        CheckSequenceSize(results.Count);

        // Flatten: arrays produced by a step are merged into the result, except constructed ones.
        var sequence = RuntimeArray.Sequence(results.Count);
        for (var i = 0; i < results.Count; i++)
        {
            var value = results[i];
            if (Values.TryGetList(value, out var items) && value is not RuntimeArray { IsConstructed: true })
            {
                sequence.AddRange(items);
            }
            else
            {
                sequence.Add(value);
            }
        }

        CheckSequenceSize(sequence.Count);
        return sequence;
    }
}
