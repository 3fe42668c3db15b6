namespace EventPro.Specs.Engine.Paths.Steps;

/// <summary>Finds where bracketed parts of a path end, skipping quoted strings and nested brackets.</summary>
internal static class PathScanning
{
    /// <summary>The index of the <paramref name="close"/> that matches the <paramref name="open"/> at <paramref name="start"/>, or -1.</summary>
    public static int FindClosing(string text, int start, int end, char open, char close)
    {
        var depth = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is '\'' or '"')
            {
                i = SkipQuoted(text, i, end);
                if (i < 0)
                {
                    return -1;
                }
            }
            else if (c == '/' && open == '(' && IsRegexStart(text, i, start))
            {
                i = SkipRegex(text, i, end);
                if (i < 0)
                {
                    return -1;
                }
            }
            else if (c == open)
            {
                depth++;
            }
            else if (c == close && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of the quote that closes the string opened at <paramref name="start"/>, or -1.</summary>
    public static int SkipQuoted(string text, int start, int end)
    {
        var quote = text[start];
        for (var i = start + 1; i < end; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == quote)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether a '/' starts a regular expression literal (it follows the =~ operator).</summary>
    private static bool IsRegexStart(string text, int index, int start)
    {
        var i = index - 1;
        while (i > start && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i > start && text[i] == '~' && text[i - 1] == '=';
    }

    private static int SkipRegex(string text, int start, int end)
    {
        for (var i = start + 1; i < end; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '/')
            {
                return i;
            }
        }

        return -1;
    }
}
