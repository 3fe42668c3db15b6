using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata.Evaluation;
using static EventPro.Specs.Engine.Jsonata.Functions.FunctionLibrary;

namespace EventPro.Specs.Engine.Jsonata.Functions;

/// <summary>Object functions and the error/type utilities: $keys, $lookup, $spread, $merge, $error, $assert, $type, $clone.</summary>
internal static class ObjectFunctions
{
    /// <summary>The functions of this family.</summary>
    public static IEnumerable<NativeFunction> All() =>
    [
        new("keys", "<x-:a<s>>", (_, a) => Keys(Arg(a, 0))),
        new("lookup", "<x-s:x>", (_, a) => Arg(a, 1) is JsonString key ? Evaluator.Lookup(Arg(a, 0), key.Value) : null),
        new("spread", "<x-:a<o>>", (_, a) => Spread(Arg(a, 0))),
        new("merge", "<a<o>:o>", (_, a) => Merge(Arg(a, 0))),
        new("error", "<s?:x>", (_, a) => throw JsonataErrors.WithDetail("D3137", (Arg(a, 0) as JsonString)?.Value is { Length: > 0 } m ? m : "$error() function evaluated")),
        new("assert", "<bs?:x>", (_, a) => Assert(Arg(a, 0), Arg(a, 1))),
        new("type", "<x:s>", (_, a) => Values.TypeName(Arg(a, 0)) is { } name ? new JsonString(name) : null),
        new("clone", "<(oa)-:o>", (_, a) => Evaluator.DeepClone(Arg(a, 0))),
    ];

    private static RuntimeArray Keys(object? value)
    {
        var result = RuntimeArray.Sequence();
        if (Values.TryGetList(value, out var items))
        {
            // The keys of every object in the array, each once, in order of first appearance.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < items.Count; i++)
            {
                foreach (var key in Keys(items[i]))
                {
                    var name = ((JsonString)key!).Value;
                    if (seen.Add(name))
                    {
                        result.Add(key);
                    }
                }
            }
        }
        else if (Values.IsObject(value))
        {
            var count = Values.ObjectCount(value!);
            for (var i = 0; i < count; i++)
            {
                result.Add(new JsonString(Values.ObjectKeyAt(value!, i)));
            }
        }

        return result;
    }

    private static object? Spread(object? value)
    {
        if (Values.TryGetList(value, out var items))
        {
            object? result = RuntimeArray.Sequence();
            for (var i = 0; i < items.Count; i++)
            {
                result = Evaluator.Append(result, Spread(items[i]));
            }

            return result;
        }

        if (Values.IsObject(value))
        {
            var result = RuntimeArray.Sequence();
            var count = Values.ObjectCount(value!);
            for (var i = 0; i < count; i++)
            {
                var single = new RuntimeObject(1);
                single.Set(Values.ObjectKeyAt(value!, i), Values.ObjectValueAt(value!, i));
                result.Add(single);
            }

            return result;
        }

        return value;
    }

    private static object? Merge(object? value)
    {
        if (!Values.TryGetList(value, out var items))
        {
            return null;
        }

        var result = new RuntimeObject();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (!Values.IsObject(item))
            {
                continue;
            }

            var count = Values.ObjectCount(item!);
            for (var k = 0; k < count; k++)
            {
                result.Set(Values.ObjectKeyAt(item!, k), Values.ObjectValueAt(item!, k));
            }
        }

        return result;
    }

    private static object? Assert(object? condition, object? message)
    {
        if (condition is null or JsonBoolean { Value: false })
        {
            throw JsonataErrors.WithDetail("D3141", (message as JsonString)?.Value is { Length: > 0 } m ? m : "$assert() statement failed");
        }

        return null;
    }
}
