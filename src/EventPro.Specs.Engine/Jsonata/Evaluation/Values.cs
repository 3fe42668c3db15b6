using System.Diagnostics.CodeAnalysis;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Jsonata.Evaluation;

/// <summary>
/// Type tests and views over runtime values. A runtime value is null (undefined), a
/// <see cref="JsonValue"/>, a <see cref="RuntimeArray"/>, a <see cref="RuntimeObject"/> or a
/// <see cref="JsonataFunction"/>; arrays and objects each come in an input (Json*) and a built
/// (Runtime*) form, and these helpers treat both alike.
/// </summary>
internal static class Values
{
    /// <summary>The items of an array value of either form.</summary>
    public static bool TryGetList(object? value, [NotNullWhen(true)] out IReadOnlyList<object?>? items)
    {
        switch (value)
        {
            case RuntimeArray runtime:
                items = runtime;
                return true;
            case JsonArray json:
                items = json;
                return true;
            default:
                items = null;
                return false;
        }
    }

    /// <summary>Whether the value is an array of either form.</summary>
    public static bool IsArray(object? value) => value is RuntimeArray or JsonArray;

    /// <summary>Whether the value is an object of either form.</summary>
    public static bool IsObject(object? value) => value is RuntimeObject or JsonObject;

    /// <summary>Whether the value is a sequence.</summary>
    public static bool IsSequence(object? value) => value is RuntimeArray { IsSequence: true };

    /// <summary>The number of members of an object value.</summary>
    public static int ObjectCount(object value) => value is RuntimeObject runtime ? runtime.Count : ((JsonObject)value).Count;

    /// <summary>The key of the member at a position of an object value.</summary>
    public static string ObjectKeyAt(object value, int index) =>
        value is RuntimeObject runtime ? runtime.KeyAt(index) : ((JsonObject)value)[index].Key;

    /// <summary>The value of the member at a position of an object value.</summary>
    public static object ObjectValueAt(object value, int index) =>
        value is RuntimeObject runtime ? runtime.ValueAt(index) : ((JsonObject)value)[index].Value;

    /// <summary>Looks up a member of an object value.</summary>
    public static bool ObjectTryGet(object value, string key, out object? member)
    {
        if (value is RuntimeObject runtime)
        {
            return runtime.TryGetValue(key, out member);
        }

        var found = ((JsonObject)value).TryGetValue(key, out var json);
        member = json;
        return found;
    }

    /// <summary>The signature symbol of a value's type (<c>m</c> for undefined).</summary>
    public static char Symbol(object? value) => value switch
    {
        null => 'm',
        JsonataFunction => 'f',
        JsonString => 's',
        JsonNumber or NonFiniteNumber => 'n',
        JsonBoolean => 'b',
        JsonNull => 'l',
        RuntimeArray or JsonArray => 'a',
        _ => 'o',
    };

    /// <summary>The numeric value of a (finite or non-finite) number, or null for anything else.</summary>
    public static double? NumberValue(object? value) => value switch
    {
        JsonNumber n => n.Value,
        NonFiniteNumber n => n.Value,
        _ => null,
    };

    /// <summary>Whether the value contains a non-finite number at its top level (itself or an array item).</summary>
    public static bool HasNonFinite(object? value)
    {
        if (value is NonFiniteNumber)
        {
            return true;
        }

        if (value is RuntimeArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is NonFiniteNumber)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the value is a string.</summary>
    public static bool IsString(object? value) => value is JsonString;

    /// <summary>Whether the value is a number.</summary>
    public static bool IsNumber(object? value) => value is JsonNumber;

    /// <summary>A number value.</summary>
    public static JsonNumber Number(double value)
    {
        if (!double.IsFinite(value))
        {
            throw JsonataErrors.WithValue("D1001", null);
        }

        return JsonNumber.From(value == 0 ? 0.0 : value);
    }

    /// <summary>Whether an array value holds only numbers.</summary>
    public static bool IsArrayOfNumbers(object? value)
    {
        if (!TryGetList(value, out var items))
        {
            return false;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not JsonNumber)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether an array value holds only strings.</summary>
    public static bool IsArrayOfStrings(object? value)
    {
        if (!TryGetList(value, out var items))
        {
            return false;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not JsonString)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// JSONata's effective boolean value ($boolean): empty strings, zero, null, empty arrays and
    /// objects and functions are false; an array is true when any item is. Undefined stays
    /// undefined (null).
    /// </summary>
    public static bool? ToBoolean(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case JsonBoolean b:
                return b.Value;
            case JsonString s:
                return s.Value.Length > 0;
            case JsonNumber n:
                return n.Value != 0;
            case NonFiniteNumber nonFinite:
                // The reference's isNumeric check refuses infinities; NaN is simply not a number.
                return nonFinite.IsNaN ? false : throw JsonataErrors.WithValue("D1001", nonFinite);
            case JsonNull:
                return false;
            case JsonataFunction:
                return false;
            case RuntimeArray or JsonArray:
                var items = (IReadOnlyList<object?>)value;
                if (items.Count == 1)
                {
                    return ToBoolean(items[0]) ?? false;
                }

                for (var i = 0; i < items.Count; i++)
                {
                    if (ToBoolean(items[i]) == true)
                    {
                        return true;
                    }
                }

                return false;
            default:
                return ObjectCount(value) > 0;
        }
    }

    /// <summary>The truth of a condition: undefined counts as false.</summary>
    public static bool IsTruthy(object? value) => ToBoolean(value) == true;

    /// <summary>
    /// JSONata's <c>=</c>: strict equality for scalars (so <c>1 = "1"</c> is false) and deep,
    /// key-order-independent equality for arrays and objects (since JSONata 1.7); functions are
    /// equal only to themselves.
    /// </summary>
    public static bool DeepEquals(object? left, object? right)
    {
        if (left is NonFiniteNumber || right is NonFiniteNumber)
        {
            // JavaScript's ===: infinities equal themselves, NaN equals nothing.
            return NumberValue(left) is { } l && NumberValue(right) is { } r && l == r;
        }

        if (ReferenceEquals(left, right))
        {
            return true;
        }

        switch (left)
        {
            case null:
                return false;
            case JsonString ls:
                return right is JsonString rs && string.Equals(ls.Value, rs.Value, StringComparison.Ordinal);
            case JsonNumber ln:
                return right is JsonNumber rn && ln.Value == rn.Value;
            case JsonBoolean lb:
                return right is JsonBoolean rb && lb.Value == rb.Value;
            case JsonNull:
                return right is JsonNull;
            case JsonataFunction:
                return false;
        }

        if (TryGetList(left, out var leftItems))
        {
            if (!TryGetList(right, out var rightItems) || leftItems.Count != rightItems.Count)
            {
                return false;
            }

            for (var i = 0; i < leftItems.Count; i++)
            {
                if (!DeepEquals(leftItems[i], rightItems[i]))
                {
                    return false;
                }
            }

            return true;
        }

        if (!IsObject(left) || !IsObject(right))
        {
            return false;
        }

        var count = ObjectCount(left);
        if (count != ObjectCount(right!))
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            if (!ObjectTryGet(right!, ObjectKeyAt(left, i), out var theirs) || !DeepEquals(ObjectValueAt(left, i), theirs))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The JSONata type name ($type): null, number, string, boolean, array, object, function.</summary>
    public static string? TypeName(object? value) => value switch
    {
        null => null,
        JsonNull => "null",
        JsonNumber or NonFiniteNumber => "number",
        JsonString => "string",
        JsonBoolean => "boolean",
        RuntimeArray or JsonArray => "array",
        JsonataFunction => "function",
        _ => "object",
    };
}
