using System.Globalization;
using System.Text;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata.Evaluation;
using static EventPro.Specs.Engine.Jsonata.Functions.FunctionLibrary;

namespace EventPro.Specs.Engine.Jsonata.Functions;

/// <summary>The functions that take a string or a matcher (regex): $match, $contains, $replace, $split.</summary>
internal static class RegexFunctions
{
    /// <summary>The functions of this family.</summary>
    public static IEnumerable<NativeFunction> All() =>
    [
        new("match", "<s-f<s:o>n?:a<o>>", Match),
        new("contains", "<s-(sf):b>", Contains),
        new("replace", "<s-(sf)(sf)n?:s>", Replace),
        new("split", "<s-(sf)n?:a<s>>", Split),
    ];

    private static object? Match(Evaluator evaluator, object?[] args)
    {
        if (Arg(args, 0) is not JsonString str)
        {
            return null;
        }

        var limit = Arg(args, 2) as JsonNumber;
        if (limit is not null && limit.Value < 0)
        {
            throw JsonataErrors.WithValue("D3040", limit);
        }

        var result = RuntimeArray.Sequence();
        if (limit is null || limit.Value > 0)
        {
            var count = 0;
            foreach (var match in Matching.Matches(evaluator, (JsonataFunction)args[1]!, str.Value))
            {
                if (limit is not null && count >= limit.Value)
                {
                    break;
                }

                var item = new RuntimeObject(3);
                item.Set("match", new JsonString(match.Match));
                item.Set("index", JsonNumber.From(match.Start));
                item.Set("groups", Matching.GroupsArray(match));
                result.Add(item);
                count++;
            }
        }

        return result;
    }

    private static object? Contains(Evaluator evaluator, object?[] args)
    {
        if (Arg(args, 0) is not JsonString str)
        {
            return null;
        }

        return Arg(args, 1) switch
        {
            JsonString token => JsonBoolean.From(str.Value.Contains(token.Value, StringComparison.Ordinal)),
            JsonataFunction matcher => JsonBoolean.From(Matching.HasMatch(evaluator, matcher, str.Value)),
            _ => null,
        };
    }

    private static object? Replace(Evaluator evaluator, object?[] args)
    {
        if (Arg(args, 0) is not JsonString str)
        {
            return null;
        }

        var pattern = Arg(args, 1);
        var replacement = Arg(args, 2);
        var limit = Arg(args, 3) as JsonNumber;
        if (pattern is JsonString { Value.Length: 0 })
        {
            throw JsonataErrors.WithValue("D3010", pattern);
        }

        if (limit is not null && limit.Value < 0)
        {
            throw JsonataErrors.WithValue("D3011", limit);
        }

        if (limit is not null && limit.Value <= 0)
        {
            return str;
        }

        var text = str.Value;
        var result = new StringBuilder();
        var position = 0;
        var count = 0;
        if (pattern is JsonString literal)
        {
            var replacementText = StringFunctions.ToStringValue(replacement);
            var index = text.IndexOf(literal.Value, StringComparison.Ordinal);
            while (index != -1 && (limit is null || count < limit.Value))
            {
                result.Append(text, position, index - position).Append(replacementText);
                position = index + literal.Value.Length;
                count++;
                index = text.IndexOf(literal.Value, position, StringComparison.Ordinal);
            }

            result.Append(text, position, text.Length - position);
            return new JsonString(result.ToString());
        }

        var any = false;
        foreach (var match in Matching.Matches(evaluator, (JsonataFunction)pattern!, text))
        {
            if (limit is not null && count >= limit.Value)
            {
                break;
            }

            any = true;
            result.Append(text, position, Math.Max(0, match.Start - position));
            var substitute = replacement is JsonString template
                ? Substitute(template.Value, match)
                : evaluator.Apply(replacement, [Matching.ToObject(match)]);
            if (substitute is not JsonString substituteText)
            {
                throw JsonataErrors.WithValue("D3012", substitute);
            }

            result.Append(substituteText.Value);
            position = match.Start + match.Match.Length;
            count++;
        }

        if (!any)
        {
            return str;
        }

        if (position < text.Length)
        {
            result.Append(text, position, text.Length - position);
        }

        return new JsonString(result.ToString());
    }

    /// <summary>Expands <c>$0</c>, <c>$n</c> and <c>$$</c> in a replacement string, as the reference does.</summary>
    private static JsonString Substitute(string replacement, RegexMatch match)
    {
        var sb = new StringBuilder();
        var position = 0;
        var index = replacement.IndexOf('$', position);
        while (index != -1 && position < replacement.Length)
        {
            sb.Append(replacement, position, index - position);
            position = index + 1;
            var next = position < replacement.Length ? replacement[position] : '\0';
            if (next == '$')
            {
                sb.Append('$');
                position++;
            }
            else if (next == '0')
            {
                sb.Append(match.Match);
                position++;
            }
            else
            {
                var groupCount = match.Groups.Count;
                var maxDigits = groupCount == 0 ? 1 : (int)Math.Floor(Math.Log10(groupCount)) + 1;
                var group = ParseLeadingInt(replacement, position, maxDigits);
                if (maxDigits > 1 && group > groupCount)
                {
                    group = ParseLeadingInt(replacement, position, maxDigits - 1);
                }

                if (group is int g)
                {
                    if (groupCount > 0 && g >= 1 && g <= groupCount && match.Groups[g - 1] is { } submatch)
                    {
                        sb.Append(submatch);
                    }

                    position += g.ToString(CultureInfo.InvariantCulture).Length;
                }
                else
                {
                    sb.Append('$');
                }
            }

            index = replacement.IndexOf('$', position);
        }

        sb.Append(replacement, position, replacement.Length - position);
        return new JsonString(sb.ToString());
    }

    /// <summary>JavaScript's parseInt over at most <paramref name="maxDigits"/> characters: leading digits, or null.</summary>
    private static int? ParseLeadingInt(string text, int start, int maxDigits)
    {
        var end = Math.Min(text.Length, start + maxDigits);
        var i = start;
        while (i < end && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i == start ? null : int.Parse(text.AsSpan(start, i - start), CultureInfo.InvariantCulture);
    }

    private static object? Split(Evaluator evaluator, object?[] args)
    {
        if (Arg(args, 0) is not JsonString str)
        {
            return null;
        }

        var limit = Arg(args, 2) as JsonNumber;
        if (limit is not null && limit.Value < 0)
        {
            throw JsonataErrors.WithValue("D3020", limit);
        }

        var result = new RuntimeArray();
        if (limit is not null && limit.Value <= 0)
        {
            return result;
        }

        var max = limit is null ? int.MaxValue : (int)Math.Min(int.MaxValue, Math.Floor(limit.Value));
        var text = str.Value;
        if (Arg(args, 1) is JsonString separator)
        {
            foreach (var part in SplitLiteral(text, separator.Value))
            {
                if (result.Count >= max)
                {
                    break;
                }

                result.Add(new JsonString(part));
            }

            return result;
        }

        var start = 0;
        var count = 0;
        foreach (var match in Matching.Matches(evaluator, (JsonataFunction)args[1]!, text))
        {
            if (count >= max)
            {
                break;
            }

            result.Add(new JsonString(text[start..Math.Max(start, match.Start)]));
            start = match.End;
            count++;
        }

        if (count < max)
        {
            result.Add(new JsonString(start <= text.Length ? text[start..] : string.Empty));
        }

        return result;
    }

    /// <summary>JavaScript's String.prototype.split with a string separator (empty: every UTF-16 unit).</summary>
    private static IEnumerable<string> SplitLiteral(string text, string separator)
    {
        if (separator.Length == 0)
        {
            foreach (var c in text)
            {
                yield return c.ToString();
            }

            yield break;
        }

        var position = 0;
        while (true)
        {
            var index = text.IndexOf(separator, position, StringComparison.Ordinal);
            if (index < 0)
            {
                yield return text[position..];
                yield break;
            }

            yield return text[position..index];
            position = index + separator.Length;
        }
    }
}
