using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata.Evaluation;
using static EventPro.Specs.Engine.Jsonata.Functions.FunctionLibrary;

namespace EventPro.Specs.Engine.Jsonata.Functions;

/// <summary>
/// Higher-order functions: $map, $filter, $single, $reduce, $sift, $each. The callback gets the
/// value, then the index (or key) and the whole array (or object) only if it declares that many
/// parameters, as in the reference.
/// </summary>
internal static class HigherOrderFunctions
{
    /// <summary>The functions of this family.</summary>
    public static IEnumerable<NativeFunction> All() =>
    [
        new("map", "<af>", Map),
        new("filter", "<af>", Filter),
        new("single", "<af?>", Single),
        new("reduce", "<afj?:j>", Reduce),
        new("sift", "<o-f?:o>", Sift),
        new("each", "<o-f:a>", Each),
    ];

    private static object?[] CallbackArgs(JsonataFunction function, object? value, object? index, object? whole)
    {
        var arity = function.Arity;
        return arity >= 3 ? [value, index, whole] : arity >= 2 ? [value, index] : [value];
    }

    private static object? Map(Evaluator evaluator, object?[] args)
    {
        if (!Values.TryGetList(Arg(args, 0), out var items))
        {
            return null;
        }

        var function = (JsonataFunction)args[1]!;
        var result = RuntimeArray.Sequence(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var value = evaluator.Apply(function, CallbackArgs(function, items[i], JsonNumber.From(i), args[0]));
            if (value is not null)
            {
                result.Add(value);
            }
        }

        return result;
    }

    private static object? Filter(Evaluator evaluator, object?[] args)
    {
        if (!Values.TryGetList(Arg(args, 0), out var items))
        {
            return null;
        }

        var function = (JsonataFunction)args[1]!;
        var result = RuntimeArray.Sequence();
        for (var i = 0; i < items.Count; i++)
        {
            if (Values.IsTruthy(evaluator.Apply(function, CallbackArgs(function, items[i], JsonNumber.From(i), args[0]))))
            {
                result.Add(items[i]);
            }
        }

        return result;
    }

    private static object? Single(Evaluator evaluator, object?[] args)
    {
        if (!Values.TryGetList(Arg(args, 0), out var items))
        {
            return null;
        }

        var function = Arg(args, 1) as JsonataFunction;
        object? result = null;
        var found = false;
        for (var i = 0; i < items.Count; i++)
        {
            var matches = function is null
                || Values.IsTruthy(evaluator.Apply(function, CallbackArgs(function, items[i], JsonNumber.From(i), args[0])));
            if (!matches)
            {
                continue;
            }

            if (found)
            {
                throw JsonataErrors.Create("D3138");
            }

            result = items[i];
            found = true;
        }

        if (!found)
        {
            throw JsonataErrors.Create("D3139");
        }

        return result;
    }

    private static object? Reduce(Evaluator evaluator, object?[] args)
    {
        if (!Values.TryGetList(Arg(args, 0), out var items))
        {
            return null;
        }

        var function = (JsonataFunction)args[1]!;
        var arity = function.Arity;
        if (arity < 2)
        {
            throw JsonataErrors.Create("D3050");
        }

        object? result;
        int index;
        var init = Arg(args, 2);
        if (init is null && items.Count > 0)
        {
            result = items[0];
            index = 1;
        }
        else
        {
            result = init;
            index = 0;
        }

        while (index < items.Count)
        {
            object?[] call = arity >= 4
                ? [result, items[index], JsonNumber.From(index), args[0]]
                : arity >= 3 ? [result, items[index], JsonNumber.From(index)] : [result, items[index]];
            result = evaluator.Apply(function, call);
            index++;
        }

        return result;
    }

    private static object? Sift(Evaluator evaluator, object?[] args)
    {
        var obj = Arg(args, 0);
        if (!Values.IsObject(obj) || Arg(args, 1) is not JsonataFunction function)
        {
            return null;
        }

        var result = new RuntimeObject();
        var count = Values.ObjectCount(obj!);
        for (var i = 0; i < count; i++)
        {
            var key = Values.ObjectKeyAt(obj!, i);
            var value = Values.ObjectValueAt(obj!, i);
            if (Values.IsTruthy(evaluator.Apply(function, CallbackArgs(function, value, new JsonString(key), obj))))
            {
                result.Set(key, value);
            }
        }

        return result.Count == 0 ? null : result;
    }

    private static object? Each(Evaluator evaluator, object?[] args)
    {
        var obj = Arg(args, 0);
        var result = RuntimeArray.Sequence();
        if (!Values.IsObject(obj))
        {
            return result;
        }

        var function = (JsonataFunction)args[1]!;
        var count = Values.ObjectCount(obj!);
        for (var i = 0; i < count; i++)
        {
            var value = evaluator.Apply(function, CallbackArgs(function, Values.ObjectValueAt(obj!, i), new JsonString(Values.ObjectKeyAt(obj!, i)), obj));
            if (value is not null)
            {
                result.Add(value);
            }
        }

        return result;
    }
}
