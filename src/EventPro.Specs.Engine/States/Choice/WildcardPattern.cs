namespace EventPro.Specs.Engine.States.Choice;

/// <summary>
/// StringMatches: <c>*</c> matches any run of characters (including none); <c>\*</c> is a literal
/// asterisk and <c>\\</c> a literal backslash (ASL spec, "Choice Rules"). No other metacharacters.
/// </summary>
public static class WildcardPattern
{
    /// <summary>Whether <paramref name="text"/> matches <paramref name="pattern"/>.</summary>
    public static bool Matches(string pattern, string text)
    {
        // Tokenise: each token is a literal char or a wildcard (null).
        var tokens = new List<char?>(pattern.Length);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length && (pattern[i + 1] == '*' || pattern[i + 1] == '\\'))
            {
                tokens.Add(pattern[++i]);
            }
            else
            {
                tokens.Add(c == '*' ? null : c);
            }
        }

        // Greedy matching with backtracking to the last star: linear in practice.
        int t = 0, s = 0, starToken = -1, starText = 0;
        while (s < text.Length)
        {
            if (t < tokens.Count && tokens[t] is { } literal && literal == text[s])
            {
                t++;
                s++;
            }
            else if (t < tokens.Count && tokens[t] is null)
            {
                starToken = t++;
                starText = s;
            }
            else if (starToken >= 0)
            {
                t = starToken + 1;
                s = ++starText;
            }
            else
            {
                return false;
            }
        }

        while (t < tokens.Count && tokens[t] is null)
        {
            t++;
        }

        return t == tokens.Count;
    }
}
