using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata.Evaluation;

namespace EventPro.Specs.Engine.Jsonata.Functions;

/// <summary>
/// Runs a matcher over a string: a regex literal directly, or any function that follows the
/// matcher protocol (returns <c>{match, start, end, groups, next}</c>). As in the reference, the
/// search continues from where the previous match ended, and a further match of the empty string
/// is an error (D1004) because it would never progress.
/// </summary>
internal static class Matching
{
    /// <summary>The successive matches of <paramref name="matcher"/> in <paramref name="text"/>.</summary>
    public static IEnumerable<RegexMatch> Matches(Evaluator evaluator, JsonataFunction matcher, string text)
    {
        if (matcher is JsonataRegex regex)
        {
            var match = regex.Exec(text, 0);
            while (match is not null)
            {
                yield return match;
                if (match.End >= text.Length)
                {
                    yield break;
                }

                var next = regex.Exec(text, match.End);
                if (next is not null && next.Match.Length == 0)
                {
                    throw JsonataErrors.WithValue("D1004", new JsonString(regex.Source), regex.Position);
                }

                match = next;
            }

            yield break;
        }

        var result = evaluator.Apply(matcher, [new JsonString(text)]);
        while (result is not null)
        {
            var current = Read(result);
            if (current is null)
            {
                yield break;
            }

            yield return current;
            if (!Values.IsObject(result) || !Values.ObjectTryGet(result, "next", out var next) || next is not JsonataFunction nextFunction)
            {
                yield break;
            }

            result = evaluator.Apply(nextFunction, []);
        }
    }

    /// <summary>
    /// The first match only, checking the protocol as $contains does: a result that has none of
    /// start, groups or next is T1010.
    /// </summary>
    public static bool HasMatch(Evaluator evaluator, JsonataFunction matcher, string text)
    {
        if (matcher is JsonataRegex regex)
        {
            return regex.Exec(text, 0) is not null;
        }

        var result = evaluator.Apply(matcher, [new JsonString(text)]);
        if (result is null)
        {
            return false;
        }

        if (!IsMatcherResult(result))
        {
            throw JsonataErrors.Create("T1010");
        }

        return true;
    }

    private static bool IsMatcherResult(object result)
    {
        if (!Values.IsObject(result))
        {
            return false;
        }

        return (Values.ObjectTryGet(result, "start", out var start) && start is JsonNumber)
            || (Values.ObjectTryGet(result, "groups", out var groups) && Values.IsArray(groups))
            || (Values.ObjectTryGet(result, "next", out var next) && next is JsonataFunction);
    }

    private static RegexMatch? Read(object result)
    {
        if (!Values.IsObject(result))
        {
            throw JsonataErrors.Create("T1010");
        }

        Values.ObjectTryGet(result, "match", out var match);
        Values.ObjectTryGet(result, "start", out var start);
        Values.ObjectTryGet(result, "end", out var end);
        Values.ObjectTryGet(result, "groups", out var groups);
        var groupList = new List<string?>();
        if (Values.TryGetList(groups, out var items))
        {
            foreach (var item in items)
            {
                groupList.Add(item is JsonString s ? s.Value : null);
            }
        }

        var matchText = match is JsonString m ? m.Value : string.Empty;
        var startIndex = start is JsonNumber sn ? (int)sn.Value : 0;
        var endIndex = end is JsonNumber en ? (int)en.Value : startIndex + matchText.Length;
        return new RegexMatch(matchText, startIndex, endIndex, groupList);
    }

    /// <summary>The match as the object a replacement function receives.</summary>
    public static RuntimeObject ToObject(RegexMatch match)
    {
        var result = new RuntimeObject(4);
        result.Set("match", new JsonString(match.Match));
        result.Set("start", JsonNumber.From(match.Start));
        result.Set("end", JsonNumber.From(match.End));
        result.Set("groups", GroupsArray(match));
        return result;
    }

    /// <summary>The capture groups as an array of strings (a group that did not take part is an empty string).</summary>
    public static RuntimeArray GroupsArray(RegexMatch match)
    {
        var groups = new RuntimeArray(match.Groups.Count);
        foreach (var group in match.Groups)
        {
            groups.Add(group is null ? JsonString.Empty : new JsonString(group));
        }

        return groups;
    }
}
