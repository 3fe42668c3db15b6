using System.Text;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata.Evaluation;
using static EventPro.Specs.Engine.Jsonata.Functions.FunctionLibrary;

namespace EventPro.Specs.Engine.Jsonata.Functions;

/// <summary>
/// String functions. Lengths and offsets count Unicode code points (the reference iterates
/// strings with <c>for...of</c>), not UTF-16 units.
/// </summary>
internal static class StringFunctions
{
    /// <summary>The functions of this family.</summary>
    public static IEnumerable<NativeFunction> All() =>
    [
        // $string(arg, prettify = false): JavaScript reports an arity of 1 for it.
        new("string", "<x-b?:s>", (_, a) => StringOf(Arg(a, 0), Arg(a, 1) is JsonBoolean { Value: true }), arity: 1),
        new("substring", "<s-nn?:s>", (_, a) => Substring(Arg(a, 0), Arg(a, 1), Arg(a, 2))),
        new("substringBefore", "<s-s:s>", (_, a) => SubstringBefore(Arg(a, 0), Arg(a, 1))),
        new("substringAfter", "<s-s:s>", (_, a) => SubstringAfter(Arg(a, 0), Arg(a, 1))),
        new("lowercase", "<s-:s>", (_, a) => Arg(a, 0) is JsonString s ? new JsonString(JavaScriptCase.ToLower(s.Value)) : null),
        new("uppercase", "<s-:s>", (_, a) => Arg(a, 0) is JsonString s ? new JsonString(JavaScriptCase.ToUpper(s.Value)) : null),
        new("length", "<s-:n>", (_, a) => Arg(a, 0) is JsonString s ? JsonNumber.From(CodePoints(s.Value).Count) : null),
        new("trim", "<s-:s>", (_, a) => Arg(a, 0) is JsonString s ? new JsonString(Trim(s.Value)) : null),
        new("pad", "<s-ns?:s>", (e, a) => Pad(e, Arg(a, 0), Arg(a, 1), Arg(a, 2))),
        new("join", "<a<s>s?:s>", (e, a) => Join(e, Arg(a, 0), Arg(a, 1))),
    ];

    /// <summary>
    /// $string: strings as they are, functions as "", everything else as JSON with fractions
    /// rounded to 15 significant digits (the reference's JSON.stringify replacer).
    /// </summary>
    public static JsonString? StringOf(object? value, bool prettify)
    {
        switch (value)
        {
            case null:
                return null;
            case JsonString s:
                return s;
            case JsonataFunction:
                return JsonString.Empty;
            case NonFiniteNumber:
                throw JsonataErrors.WithValue("D3001", value);
        }

        return new JsonString(RuntimeJson.Stringify(value, prettify, forString: true) ?? string.Empty);
    }

    /// <summary>The string form of a value for <c>&amp;</c>: undefined is the empty string.</summary>
    public static string ToStringValue(object? value) => StringOf(value, prettify: false)?.Value ?? string.Empty;

    /// <summary>The code points of a string, each as a string (a surrogate pair stays together).</summary>
    public static List<string> CodePoints(string value)
    {
        var result = new List<string>(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                result.Add(value.Substring(i, 2));
                i++;
            }
            else
            {
                result.Add(value[i].ToString());
            }
        }

        return result;
    }

    /// <summary>JavaScript's Array.prototype.slice index normalisation (truncation, negatives from the end).</summary>
    public static int SliceIndex(double index, int length)
    {
        if (double.IsNaN(index))
        {
            return 0;
        }

        var truncated = Math.Truncate(index);
        if (truncated < 0)
        {
            return (int)Math.Max(0, length + truncated);
        }

        return (int)Math.Min(truncated, length);
    }

    private static JsonString? Substring(object? str, object? start, object? length)
    {
        if (str is not JsonString s)
        {
            return null;
        }

        if (start is not JsonNumber startNumber)
        {
            // JavaScript's slice(undefined) starts at 0.
            return s;
        }

        var chars = CodePoints(s.Value);
        var count = chars.Count;
        var from = startNumber.Value;
        if (count + from < 0)
        {
            from = 0;
        }

        int begin;
        int end;
        if (length is JsonNumber lengthNumber)
        {
            if (lengthNumber.Value <= 0)
            {
                return JsonString.Empty;
            }

            var stop = from >= 0 ? from + lengthNumber.Value : count + from + lengthNumber.Value;
            begin = SliceIndex(from, count);
            end = SliceIndex(stop, count);
        }
        else
        {
            begin = SliceIndex(from, count);
            end = count;
        }

        var sb = new StringBuilder();
        for (var i = begin; i < end; i++)
        {
            sb.Append(chars[i]);
        }

        return new JsonString(sb.ToString());
    }

    private static JsonString? SubstringBefore(object? str, object? chars)
    {
        if (str is not JsonString s)
        {
            return null;
        }

        // An undefined separator is searched for as the text "undefined", as JavaScript does.
        var token = (chars as JsonString)?.Value ?? "undefined";
        var index = s.Value.IndexOf(token, StringComparison.Ordinal);
        return index > -1 ? new JsonString(s.Value[..index]) : s;
    }

    private static JsonString? SubstringAfter(object? str, object? chars)
    {
        if (str is not JsonString s)
        {
            return null;
        }

        var token = (chars as JsonString)?.Value ?? "undefined";
        var index = s.Value.IndexOf(token, StringComparison.Ordinal);
        return index > -1 ? new JsonString(s.Value[(index + token.Length)..]) : s;
    }

    private static string Trim(string value)
    {
        // Runs of space, tab, CR and LF become one space; then one leading and trailing space go.
        var sb = new StringBuilder(value.Length);
        var inRun = false;
        foreach (var c in value)
        {
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                if (!inRun)
                {
                    sb.Append(' ');
                    inRun = true;
                }
            }
            else
            {
                sb.Append(c);
                inRun = false;
            }
        }

        var result = sb.ToString();
        if (result.StartsWith(' '))
        {
            result = result[1..];
        }

        if (result.EndsWith(' '))
        {
            result = result[..^1];
        }

        return result;
    }

    private static JsonString? Pad(Evaluator evaluator, object? str, object? width, object? padding)
    {
        if (str is not JsonString s)
        {
            return null;
        }

        if (width is not JsonNumber widthNumber)
        {
            return s;
        }

        var padChars = padding is JsonString { Value.Length: > 0 } p ? p.Value : " ";
        var target = widthNumber.Value;
        var left = target < 0;
        var size = Math.Floor(Math.Abs(target));
        var padLength = size - CodePoints(s.Value).Count;
        if (padLength <= 0)
        {
            return s;
        }

        evaluator.CheckStringSize((long)size);
        var needed = (int)padLength;
        var pad = new StringBuilder();
        while (CodePoints(pad.ToString()).Count < needed)
        {
            pad.Append(padChars);
        }

        var padCodePoints = CodePoints(pad.ToString());
        var trimmed = string.Concat(padCodePoints.Take(needed));
        return new JsonString(left ? trimmed + s.Value : s.Value + trimmed);
    }

    private static JsonString? Join(Evaluator evaluator, object? strings, object? separator)
    {
        if (!Values.TryGetList(strings, out var items))
        {
            return null;
        }

        var sep = separator is JsonString s ? s.Value : string.Empty;
        var sb = new StringBuilder();
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(sep);
            }

            sb.Append(((JsonString)items[i]!).Value);
            evaluator.CheckStringSize(sb.Length);
        }

        return new JsonString(sb.ToString());
    }
}
