using System.Text.RegularExpressions;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata.Lexing;

namespace EventPro.Specs.Engine.Jsonata.Evaluation;

/// <summary>
/// A regular expression literal, compiled once with the expression. As a value it is a matcher
/// function: called with a string it returns the first match as
/// <c>{match, start, end, groups, next}</c>, where <c>next()</c> returns the following match, as
/// in the reference implementation (which compiles every regex with the <c>g</c> flag).
/// </summary>
internal sealed class JsonataRegex : JsonataFunction
{
    private JsonataRegex(Regex regex, string source, int position)
    {
        Regex = regex;
        Source = source;
        Position = position;
    }

    /// <summary>The translated .NET regex.</summary>
    public Regex Regex { get; }

    /// <summary>The pattern as written.</summary>
    public string Source { get; }

    /// <summary>Where the literal ends in the expression.</summary>
    public int Position { get; }

    /// <inheritdoc />
    public override int Arity => 2;

    /// <summary>Compiles a literal; an invalid pattern is a syntax error.</summary>
    public static JsonataRegex Create(RegexLiteral literal, int position)
    {
        var options = RegexOptions.CultureInvariant;
        if (literal.Flags.Contains('i', StringComparison.Ordinal))
        {
            options |= RegexOptions.IgnoreCase;
        }

        var multiline = literal.Flags.Contains('m', StringComparison.Ordinal);
        try
        {
            return new JsonataRegex(new Regex(RegexTranslator.Translate(literal.Pattern, multiline), options), literal.Pattern, position);
        }
        catch (ArgumentException e)
        {
            throw new JsonataException("S0303", "Invalid regular expression: /" + literal.Pattern + "/: " + e.Message, position);
        }
    }

    /// <summary>The first match at or after <paramref name="fromIndex"/>, or null.</summary>
    public RegexMatch? Exec(string text, int fromIndex)
    {
        if (fromIndex > text.Length)
        {
            return null;
        }

        var match = Regex.Match(text, fromIndex);
        if (!match.Success)
        {
            return null;
        }

        var groups = new string?[match.Groups.Count - 1];
        for (var i = 1; i < match.Groups.Count; i++)
        {
            groups[i - 1] = match.Groups[i].Success ? match.Groups[i].Value : null;
        }

        return new RegexMatch(match.Value, match.Index, match.Index + match.Length, groups);
    }

    /// <summary>
    /// The value a direct call returns: the match object with a <c>next</c> function. As in the
    /// reference, asking for the next match after an empty match fails with D1004.
    /// </summary>
    public object? Invoke(string text, int fromIndex)
    {
        var match = Exec(text, fromIndex);
        if (match is null)
        {
            return null;
        }

        var result = new RuntimeObject(5);
        result.Set("match", new JsonString(match.Match));
        result.Set("start", JsonNumber.From(match.Start));
        result.Set("end", JsonNumber.From(match.End));
        var groups = new RuntimeArray(match.Groups.Count);
        foreach (var group in match.Groups)
        {
            groups.Add(group is null ? null : new JsonString(group));
        }

        result.Set("groups", groups);
        var lastIndex = match.End;
        result.Set("next", new ClosureFunction(0, (_, _) =>
        {
            if (lastIndex >= text.Length)
            {
                return null;
            }

            var next = Exec(text, lastIndex);
            if (next is not null && next.Match.Length == 0)
            {
                throw JsonataErrors.WithValue("D1004", new JsonString(Source), Position);
            }

            return Invoke(text, lastIndex);
        }));
        return result;
    }
}
