using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Jsonata.Evaluation;

/// <summary>
/// Turns the runtime result of an evaluation into the engine's JSON model. Input values come
/// back as they are (no copy) unless they hold a number written in a non-canonical way: JSONata
/// computes with numbers, not their text, so <c>1.50</c> or <c>1e2</c> from the input comes out
/// as <c>1.5</c> or <c>100</c> (AWS: <c>$parse('1.0')</c> is <c>1</c>); integer literals are kept
/// digit for digit (AWS keeps integers that fit a long exact). Built arrays and objects are frozen
/// into JsonArray / JsonObject. A function anywhere in the result has no JSON form (AWS:
/// "returned an unsupported result type").
/// </summary>
internal static class ResultConverter
{
    /// <summary>Converts a runtime value; null (undefined) stays null.</summary>
    public static JsonValue? ToJson(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case JsonValue json:
                return Canonical(json);
            case RuntimeArray array:
                var items = new JsonValue[array.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = ToJson(array[i]) ?? JsonNull.Instance;
                }

                return JsonArray.Adopt(items);
            case RuntimeObject obj:
                var builder = new JsonObjectBuilder(obj.Count);
                for (var i = 0; i < obj.Count; i++)
                {
                    var member = ToJson(obj.ValueAt(i));
                    if (member is not null)
                    {
                        builder[obj.KeyAt(i)] = member;
                    }
                }

                return builder.Build();
            case NonFiniteNumber nonFinite:
                // AWS Step Functions writes a non-finite result as the string JavaScript prints.
                return new JsonString(nonFinite.Name);
            case TupleBinding tuple:
                return ToJson(tuple.Focus);
            default:
                throw new JsonataUnsupportedResultException();
        }
    }

    /// <summary>The value with every non-canonical number literal replaced; the same instance when there is none.</summary>
    private static JsonValue Canonical(JsonValue value)
    {
        switch (value)
        {
            case JsonNumber number when number.Literal is { } literal && !IsCanonical(literal, number.Value):
                return JsonNumber.From(number.Value);
            case JsonArray array:
                JsonValue[]? copy = null;
                for (var i = 0; i < array.Count; i++)
                {
                    var item = Canonical(array[i]);
                    if (!ReferenceEquals(item, array[i]))
                    {
                        copy ??= [.. array];
                        copy[i] = item;
                    }
                }

                return copy is null ? array : JsonArray.Adopt(copy);
            case JsonObject obj:
                JsonObjectBuilder? builder = null;
                var members = obj.AsSpan();
                for (var i = 0; i < members.Length; i++)
                {
                    var member = Canonical(members[i].Value);
                    if (!ReferenceEquals(member, members[i].Value))
                    {
                        builder ??= new JsonObjectBuilder(obj);
                        builder[members[i].Key] = member;
                    }
                }

                return builder is null ? obj : builder.Build();
            default:
                return value;
        }
    }

    /// <summary>
    /// Whether JavaScript would write the number as the literal: integers (kept as written, see
    /// above), and decimals of at most 15 significant digits in plain notation without trailing
    /// zeros (checked without formatting). Anything else is compared with its formatted form.
    /// </summary>
    private static bool IsCanonical(string literal, double value)
    {
        if (literal == "-0")
        {
            return false;
        }

        var i = literal.StartsWith('-') ? 1 : 0;
        var digits = 0;
        var leadingZeros = true;
        var zerosAfterPoint = 0;
        var point = -1;
        for (; i < literal.Length; i++)
        {
            var c = literal[i];
            if (c == '.')
            {
                point = i;
                continue;
            }

            if (!char.IsAsciiDigit(c))
            {
                return literal == NumberFormatting.Format(value);
            }

            if (c == '0' && leadingZeros)
            {
                if (point >= 0)
                {
                    zerosAfterPoint++;
                }

                continue;
            }

            leadingZeros = false;
            digits++;
        }

        if (point < 0)
        {
            return true;
        }

        return digits <= 15 && zerosAfterPoint < 6 ? literal[^1] != '0' : literal == NumberFormatting.Format(value);
    }
}
