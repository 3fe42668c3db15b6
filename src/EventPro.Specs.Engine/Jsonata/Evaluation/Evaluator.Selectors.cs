using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata.Parsing;

namespace EventPro.Specs.Engine.Jsonata.Evaluation;

/// <summary>Predicates (<c>[...]</c>), wildcards (<c>*</c>) and descendants (<c>**</c>).</summary>
internal sealed partial class Evaluator
{
    private object? EvaluateFilter(Node predicate, object? input, Frame frame)
    {
        var isTupleStream = input is RuntimeArray { IsTupleStream: true };
        var results = RuntimeArray.Sequence();
        results.IsTupleStream = isTupleStream;
        IReadOnlyList<object?> items = Values.TryGetList(input, out var list) ? list : RuntimeArray.SequenceOf(input);

        if (predicate.Type == NodeType.Number)
        {
            // A literal index selects one item; negative indexes count from the end.
            var index = (int)Math.Floor(((JsonNumber)predicate.Literal!).Value);
            if (index < 0)
            {
                index += items.Count;
            }

            var item = index >= 0 && index < items.Count ? items[index] : null;
            if (item is not null)
            {
                if (Values.IsArray(item))
                {
                    return item;
                }

                results.Add(item);
            }

            return results;
        }

        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            var context = item;
            var scope = frame;
            if (isTupleStream)
            {
                var tuple = (TupleBinding)item!;
                context = tuple.Focus;
                scope = FrameFromTuple(frame, tuple);
            }

            var value = Evaluate(predicate, context, scope);
            if (value is NonFiniteNumber { IsNaN: false } infinite)
            {
                throw JsonataErrors.WithValue("D1001", infinite, predicate.Position);
            }

            if (value is JsonNumber number)
            {
                if (MatchesIndex(number.Value, index, items.Count))
                {
                    results.Add(item);
                }
            }
            else if (Values.IsArrayOfNumbers(value))
            {
                var indexes = (IReadOnlyList<object?>)value!;
                for (var i = 0; i < indexes.Count; i++)
                {
                    if (MatchesIndex(((JsonNumber)indexes[i]!).Value, index, items.Count))
                    {
                        results.Add(item);
                    }
                }
            }
            else if (Values.IsTruthy(value))
            {
                results.Add(item);
            }
        }

        return results;
    }

    private static bool MatchesIndex(double value, int index, int count)
    {
        var wanted = Math.Floor(value);
        if (wanted < 0)
        {
            wanted += count;
        }

        return wanted == index;
    }

    private static object EvaluateWildcard(object? input)
    {
        var results = RuntimeArray.Sequence();
        if (input is RuntimeArray { OuterWrapper: true } wrapper && wrapper.Count > 0)
        {
            input = wrapper[0];
        }

        if (Values.IsObject(input))
        {
            var count = Values.ObjectCount(input!);
            for (var i = 0; i < count; i++)
            {
                AddWildcardValue(results, Values.ObjectValueAt(input!, i));
            }
        }
        else if (Values.TryGetList(input, out var items))
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i] is not null)
                {
                    AddWildcardValue(results, items[i]!);
                }
            }
        }

        return results;
    }

    private static void AddWildcardValue(RuntimeArray results, object value)
    {
        if (Values.IsArray(value))
        {
            // Array values are flattened all the way down; the reference then appends them, which
            // turns the result into a plain array (it no longer collapses as a sequence).
            Flatten(value, results);
            results.IsSequence = false;
        }
        else
        {
            results.Add(value);
        }
    }

    private static void Flatten(object? value, RuntimeArray into)
    {
        if (Values.TryGetList(value, out var items))
        {
            for (var i = 0; i < items.Count; i++)
            {
                Flatten(items[i], into);
            }
        }
        else
        {
            into.Add(value);
        }
    }

    private static object? EvaluateDescendants(object? input)
    {
        if (input is null)
        {
            return null;
        }

        var results = RuntimeArray.Sequence();
        CollectDescendants(input, results);
        return results.Count == 1 ? results[0] : results;
    }

    private static void CollectDescendants(object? input, RuntimeArray results)
    {
        if (Values.TryGetList(input, out var items))
        {
            for (var i = 0; i < items.Count; i++)
            {
                CollectDescendants(items[i], results);
            }

            return;
        }

        results.Add(input);
        if (Values.IsObject(input))
        {
            var count = Values.ObjectCount(input!);
            for (var i = 0; i < count; i++)
            {
                CollectDescendants(Values.ObjectValueAt(input!, i), results);
            }
        }
    }
}
