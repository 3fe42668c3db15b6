using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata.Parsing;

namespace EventPro.Specs.Engine.Jsonata.Evaluation;

/// <summary>The order-by step <c>^(&lt;a, &gt;b)</c> and the stable merge sort shared with $sort.</summary>
internal sealed partial class Evaluator
{
    /// <summary>
    /// Sorts stably with the reference's merge sort: <paramref name="swap"/>(a, b) is true when
    /// a must come after b. Arrays of one item or none come back as they are; longer ones as a
    /// new plain array.
    /// </summary>
    public static object? MergeSort(IReadOnlyList<object?> items, Func<object?, object?, bool> swap, object original)
    {
        if (items.Count <= 1)
        {
            return original;
        }

        var buffer = new object?[items.Count];
        for (var i = 0; i < buffer.Length; i++)
        {
            buffer[i] = items[i];
        }

        var scratch = new object?[buffer.Length];
        SortRange(buffer, scratch, 0, buffer.Length, swap);
        var result = new RuntimeArray(buffer.Length);
        foreach (var item in buffer)
        {
            result.Add(item);
        }

        return result;
    }

    private static void SortRange(object?[] items, object?[] scratch, int start, int end, Func<object?, object?, bool> swap)
    {
        var length = end - start;
        if (length <= 1)
        {
            return;
        }

        var middle = start + (length / 2);
        SortRange(items, scratch, start, middle, swap);
        SortRange(items, scratch, middle, end, swap);
        int left = start, right = middle, k = start;
        while (left < middle && right < end)
        {
            scratch[k++] = swap(items[left], items[right]) ? items[right++] : items[left++];
        }

        while (left < middle)
        {
            scratch[k++] = items[left++];
        }

        while (right < end)
        {
            scratch[k++] = items[right++];
        }

        Array.Copy(scratch, start, items, start, length);
    }

    private object? EvaluateSortExpression(Node step, IReadOnlyList<object?> input, Frame frame)
    {
        var isTupleSort = input is RuntimeArray { IsTupleStream: true };
        var terms = step.Terms!;

        // Each term is evaluated once per item, on demand (the reference re-evaluates per comparison).
        var keys = new Dictionary<object, object?[]>(ReferenceEqualityComparer.Instance);
        object?[] KeysOf(object? item)
        {
            var box = item ?? NullKey;
            if (!keys.TryGetValue(box, out var values))
            {
                values = new object?[terms.Count];
                var context = item;
                var scope = frame;
                if (isTupleSort)
                {
                    var tuple = (TupleBinding)item!;
                    context = tuple.Focus;
                    scope = FrameFromTuple(frame, tuple);
                }

                for (var t = 0; t < terms.Count; t++)
                {
                    values[t] = Evaluate(terms[t].Expression, context, scope);
                }

                keys[box] = values;
            }

            return values;
        }

        bool Swap(object? a, object? b)
        {
            var aKeys = KeysOf(a);
            var bKeys = KeysOf(b);
            var comparison = 0;
            for (var t = 0; comparison == 0 && t < terms.Count; t++)
            {
                var aa = aKeys[t];
                var bb = bKeys[t];
                if (aa is null)
                {
                    // Undefined sorts last.
                    comparison = bb is null ? 0 : 1;
                    continue;
                }

                if (bb is null)
                {
                    comparison = -1;
                    continue;
                }

                if (aa is not (JsonString or JsonNumber or NonFiniteNumber) || bb is not (JsonString or JsonNumber or NonFiniteNumber))
                {
                    throw JsonataErrors.WithValue("T2008", aa is not (JsonString or JsonNumber or NonFiniteNumber) ? aa : bb, step.Position);
                }

                var an = Values.NumberValue(aa);
                var bn = Values.NumberValue(bb);
                if ((an is null) != (bn is null))
                {
                    throw JsonataErrors.WithValues("T2007", aa, bb, step.Position);
                }

                if (an is { } x && bn is { } y)
                {
                    comparison = x == y ? 0 : x < y ? -1 : 1;
                }
                else
                {
                    comparison = Math.Sign(string.CompareOrdinal(((JsonString)aa).Value, ((JsonString)bb).Value));
                }
                if (terms[t].Descending)
                {
                    comparison = -comparison;
                }
            }

            return comparison == 1;
        }

        var sorted = MergeSort(input, Swap, input);
        if (isTupleSort && sorted is RuntimeArray array)
        {
            array.IsTupleStream = true;
        }

        return sorted;
    }

    private static readonly object NullKey = new();
}
