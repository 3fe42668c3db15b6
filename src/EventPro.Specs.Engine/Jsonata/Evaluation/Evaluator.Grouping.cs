using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata.Parsing;

namespace EventPro.Specs.Engine.Jsonata.Evaluation;

/// <summary>Object constructors and grouping (<c>expr{key: value}</c>).</summary>
internal sealed partial class Evaluator
{
    /// <summary>
    /// JavaScript's <c>fn.append</c> as the evaluator uses it: undefined is the identity,
    /// non-arrays are treated as singletons, and the result is a plain array.
    /// </summary>
    public static object? Append(object? first, object? second)
    {
        if (first is null)
        {
            return second;
        }

        if (second is null)
        {
            return first;
        }

        var result = new RuntimeArray();
        if (Values.TryGetList(first, out var firstItems))
        {
            result.AddRange(firstItems);
        }
        else
        {
            result.Add(first);
        }

        if (Values.TryGetList(second, out var secondItems))
        {
            result.AddRange(secondItems);
        }
        else
        {
            result.Add(second);
        }

        return result;
    }

    private RuntimeObject EvaluateGroup(GroupSpec group, object? input, Frame frame)
    {
        var result = new RuntimeObject(group.Pairs.Count);
        var reduce = input is RuntimeArray { IsTupleStream: true };
        IReadOnlyList<object?> items = Values.TryGetList(input, out var list) ? list : RuntimeArray.SequenceOf(input);
        if (items.Count == 0)
        {
            // An empty input still builds the object once, so literal keys and values appear.
            items = RuntimeArray.SequenceOf(null);
        }

        // Group the items by key, remembering which pair produced each key.
        var keys = new List<string>();
        var groups = new Dictionary<string, (object? Data, int PairIndex)>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var tupleItem = reduce ? item as TupleBinding : null;
            var context = reduce ? tupleItem?.Focus : item;
            var scope = tupleItem is null ? frame : FrameFromTuple(frame, tupleItem);
            for (var p = 0; p < group.Pairs.Count; p++)
            {
                var key = Evaluate(group.Pairs[p].Key, context, scope);
                if (key is null)
                {
                    continue;
                }

                if (key is not JsonString keyString)
                {
                    throw JsonataErrors.WithValue("T1003", key, group.Position);
                }

                if (groups.TryGetValue(keyString.Value, out var existing))
                {
                    if (existing.PairIndex != p)
                    {
                        throw JsonataErrors.WithValue("D1009", key, group.Position);
                    }

                    groups[keyString.Value] = (Append(existing.Data, item), p);
                }
                else
                {
                    keys.Add(keyString.Value);
                    groups[keyString.Value] = (item, p);
                }
            }
        }

        // Evaluate each group's value expression over the items of the group.
        foreach (var key in keys)
        {
            var (data, pairIndex) = groups[key];
            var context = data;
            var scope = frame;
            if (reduce)
            {
                var tuple = ReduceTupleStream(data);
                context = tuple.Focus;
                scope = FrameFromTuple(frame, tuple);
            }

            var value = Evaluate(group.Pairs[pairIndex].Value, context, scope);
            if (value is not null)
            {
                result.Set(key, value);
            }
        }

        return result;
    }

    private static TupleBinding ReduceTupleStream(object? data)
    {
        if (data is TupleBinding single)
        {
            return single;
        }

        if (data is null)
        {
            return new TupleBinding((object?)null);
        }

        var tuples = (IReadOnlyList<object?>)data!;
        var result = new TupleBinding((TupleBinding)tuples[0]!);
        for (var i = 1; i < tuples.Count; i++)
        {
            var tuple = (TupleBinding)tuples[i]!;
            result.Focus = Append(result.Focus, tuple.Focus);
            foreach (var binding in tuple.Bindings)
            {
                result.TryGet(binding.Key, out var existing);
                result.Set(binding.Key, Append(existing, binding.Value));
            }
        }

        return result;
    }
}
