using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata.Evaluation;
using static EventPro.Specs.Engine.Jsonata.Functions.FunctionLibrary;

namespace EventPro.Specs.Engine.Jsonata.Functions;

/// <summary>Array functions: $append, $reverse, $shuffle, $distinct, $zip, $sort.</summary>
internal static class ArrayFunctions
{
    /// <summary>The functions of this family.</summary>
    public static IEnumerable<NativeFunction> All() =>
    [
        new("append", "<xx:a>", (_, a) => Evaluator.Append(Arg(a, 0), Arg(a, 1))),
        new("reverse", "<a:a>", (_, a) => Reverse(Arg(a, 0))),
        new("shuffle", "<a:a>", (e, a) => Shuffle(e, Arg(a, 0))),
        new("distinct", "<x:x>", (_, a) => Distinct(Arg(a, 0))),
        new("zip", "<a+>", (_, a) => Zip(a), arity: 0),
        new("sort", "<af?:a>", Sort),
    ];

    private static object? Reverse(object? value)
    {
        if (!Values.TryGetList(value, out var items))
        {
            return null;
        }

        if (items.Count <= 1)
        {
            return value;
        }

        var result = new RuntimeArray(items.Count);
        for (var i = items.Count - 1; i >= 0; i--)
        {
            result.Add(items[i]);
        }

        return result;
    }

    private static object? Shuffle(Evaluator evaluator, object? value)
    {
        if (!Values.TryGetList(value, out var items))
        {
            return null;
        }

        if (items.Count <= 1)
        {
            return value;
        }

        // The "inside-out" Fisher-Yates shuffle, as the reference implements it.
        var result = new object?[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var j = (int)Math.Floor(evaluator.Random.NextDouble() * (i + 1));
            if (i != j)
            {
                result[i] = result[j];
            }

            result[j] = items[i];
        }

        var array = new RuntimeArray(result.Length);
        foreach (var item in result)
        {
            array.Add(item);
        }

        return array;
    }

    private static object? Distinct(object? value)
    {
        if (!Values.TryGetList(value, out var items) || items.Count <= 1)
        {
            return value;
        }

        var result = Values.IsSequence(value) ? RuntimeArray.Sequence() : new RuntimeArray();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var seen = false;
            for (var j = 0; j < result.Count; j++)
            {
                if (Values.DeepEquals(item, result[j]))
                {
                    seen = true;
                    break;
                }
            }

            if (!seen)
            {
                result.Add(item);
            }
        }

        return result;
    }

    private static object Zip(object?[] args)
    {
        var length = int.MaxValue;
        foreach (var arg in args)
        {
            length = Math.Min(length, Values.TryGetList(arg, out var items) ? items.Count : 0);
        }

        var result = new RuntimeArray();
        for (var i = 0; i < length; i++)
        {
            var tuple = new RuntimeArray(args.Length);
            foreach (var arg in args)
            {
                tuple.Add(((IReadOnlyList<object?>)arg!)[i]);
            }

            result.Add(tuple);
        }

        return result;
    }

    private static object? Sort(Evaluator evaluator, object?[] args)
    {
        var value = Arg(args, 0);
        if (!Values.TryGetList(value, out var items))
        {
            return null;
        }

        if (items.Count <= 1)
        {
            return value;
        }

        Func<object?, object?, bool> swap;
        if (Arg(args, 1) is JsonataFunction comparator)
        {
            swap = (a, b) => JavaScriptTruthiness.IsTruthy(evaluator.Apply(comparator, [a, b]));
        }
        else
        {
            if (!Values.IsArrayOfNumbers(value) && !Values.IsArrayOfStrings(value))
            {
                throw JsonataErrors.Create("D3070");
            }

            swap = (a, b) => a is JsonNumber an
                ? an.Value > ((JsonNumber)b!).Value
                : string.CompareOrdinal(((JsonString)a!).Value, ((JsonString)b!).Value) > 0;
        }

        return Evaluator.MergeSort(items, swap, value!);
    }
}
