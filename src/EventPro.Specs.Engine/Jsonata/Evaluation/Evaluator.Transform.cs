using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata.Parsing;

namespace EventPro.Specs.Engine.Jsonata.Evaluation;

/// <summary>
/// The transform operator <c>| pattern | update, delete |</c>. As in the reference, it is a
/// function of one object: the object is cloned with <c>$clone</c> into fresh, private runtime
/// objects, the pattern selects objects inside the clone, and each match is updated in place
/// (merged with the update object, then stripped of the deleted keys). Input documents are never
/// touched: only the private clone is changed.
/// </summary>
internal sealed partial class Evaluator
{
    private static readonly Signature TransformSignature = Signature.Parse("<(oa):o>", 0);

    /// <summary>A deep copy into fresh runtime objects and arrays (JSON round trip, as $clone does).</summary>
    public static object? DeepClone(object? value)
    {
        if (Values.TryGetList(value, out var items))
        {
            var array = new RuntimeArray(items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                array.Add(item is null or JsonataFunction ? JsonNull.Instance : DeepClone(item));
            }

            return array;
        }

        if (Values.IsObject(value))
        {
            var count = Values.ObjectCount(value!);
            var obj = new RuntimeObject(count);
            for (var i = 0; i < count; i++)
            {
                var member = Values.ObjectValueAt(value!, i);
                if (member is not JsonataFunction)
                {
                    obj.Set(Values.ObjectKeyAt(value!, i), DeepClone(member)!);
                }
            }

            return obj;
        }

        return value is JsonataFunction ? null : value;
    }

    private NativeFunction CreateTransformer(Node expr, Frame frame) =>
        new("transform", TransformSignature, (evaluator, args) => evaluator.Transform(expr, frame, args.Length > 0 ? args[0] : null));

    private object? Transform(Node expr, Frame frame, object? source)
    {
        if (source is null)
        {
            return null;
        }

        if (frame.Lookup("clone") is not JsonataFunction clone)
        {
            throw JsonataErrors.Create("T2013", expr.Position);
        }

        var result = Apply(clone, [source]);
        var matches = Evaluate(expr.Pattern!, result, frame);
        if (matches is null)
        {
            return result;
        }

        IReadOnlyList<object?> matched = Values.TryGetList(matches, out var list) ? list : [matches];
        for (var i = 0; i < matched.Count; i++)
        {
            var match = matched[i];
            var update = Evaluate(expr.Update!, match, frame);
            if (update is not null)
            {
                if (!Values.IsObject(update))
                {
                    throw JsonataErrors.WithValue("T2011", update, expr.Update!.Position);
                }

                if (match is RuntimeObject target)
                {
                    var count = Values.ObjectCount(update);
                    for (var m = 0; m < count; m++)
                    {
                        target.Set(Values.ObjectKeyAt(update, m), Values.ObjectValueAt(update, m));
                    }
                }
            }

            if (expr.Delete is null)
            {
                continue;
            }

            var deletions = Evaluate(expr.Delete, match, frame);
            if (deletions is null)
            {
                continue;
            }

            IReadOnlyList<object?> keys = Values.TryGetList(deletions, out var keyList) ? keyList : [deletions];
            if (deletions is not JsonString && !Values.IsArrayOfStrings(deletions))
            {
                throw JsonataErrors.WithValue("T2012", deletions, expr.Delete.Position);
            }

            if (match is RuntimeObject deleteFrom)
            {
                for (var k = 0; k < keys.Count; k++)
                {
                    deleteFrom.Remove(((JsonString)keys[k]!).Value);
                }
            }
        }

        return result;
    }
}
