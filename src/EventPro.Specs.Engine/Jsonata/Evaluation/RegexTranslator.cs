using System.Text;

namespace EventPro.Specs.Engine.Jsonata.Evaluation;

/// <summary>
/// Translates a JavaScript regular expression (as JSONata's reference implementation compiles
/// it, without the <c>u</c> flag) into an equivalent .NET pattern. The syntaxes mostly agree; the
/// differences handled here are: <c>\d \w \s</c> are ASCII / the ECMAScript white-space set in
/// JavaScript; <c>.</c> excludes every line terminator (\n \r \u2028 \u2029); <c>$</c> without
/// the <c>m</c> flag matches only at the very end; <c>^ $</c> with <c>m</c> see all line
/// terminators; <c>[^]</c> matches anything and <c>[]</c> nothing; unknown letter escapes are the
/// letter itself; capture groups are numbered left to right whether named or not (.NET numbers
/// named groups last), so named groups become plain groups and <c>\k&lt;name&gt;</c> a numbered
/// back-reference.
/// </summary>
internal static class RegexTranslator
{
    private const string LineTerminators = @"\n\r\u2028\u2029";
    private const string JsWhitespace = @"\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";

    /// <summary>The .NET pattern for a JavaScript pattern; <paramref name="multiline"/> is the <c>m</c> flag.</summary>
    public static string Translate(string pattern, bool multiline)
    {
        var sb = new StringBuilder(pattern.Length + 16);
        var groupNumbers = NumberGroups(pattern);
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            switch (c)
            {
                case '\\' when i + 2 < pattern.Length && pattern[i + 1] == 'k' && pattern[i + 2] == '<':
                    var close = pattern.IndexOf('>', i + 3);
                    if (close > 0 && groupNumbers.TryGetValue(pattern[(i + 3)..close], out var number))
                    {
                        sb.Append("(?:\\").Append(number).Append(')');
                        i = close + 1;
                        continue;
                    }

                    i = TranslateEscape(pattern, i, sb, inClass: false);
                    continue;
                case '\\':
                    i = TranslateEscape(pattern, i, sb, inClass: false);
                    continue;
                case '(' when i + 2 < pattern.Length && pattern[i + 1] == '?' && pattern[i + 2] == '<'
                    && i + 3 < pattern.Length && pattern[i + 3] is not ('=' or '!'):
                    // A named group: kept as a plain group so that its number is its JavaScript number.
                    var end = pattern.IndexOf('>', i + 3);
                    sb.Append('(');
                    i = end < 0 ? i + 1 : end + 1;
                    continue;
                case '[':
                    i = TranslateClass(pattern, i, sb);
                    continue;
                case '.':
                    sb.Append("[^").Append(LineTerminators).Append(']');
                    break;
                case '$':
                    sb.Append(multiline ? "(?=[" + LineTerminators + @"]|\z)" : @"\z");
                    break;
                case '^':
                    sb.Append(multiline ? "(?<=[" + LineTerminators + @"]|\A)" : @"\A");
                    break;
                default:
                    sb.Append(c);
                    break;
            }

            i++;
        }

        return sb.ToString();
    }

    /// <summary>The JavaScript numbers of the named groups (all capture groups counted left to right).</summary>
    private static Dictionary<string, int> NumberGroups(string pattern)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = 0;
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                i++;
                continue;
            }

            if (inClass)
            {
                inClass = c != ']';
                continue;
            }

            if (c == '[')
            {
                inClass = true;
            }
            else if (c == '(')
            {
                if (i + 1 < pattern.Length && pattern[i + 1] == '?')
                {
                    if (i + 3 < pattern.Length && pattern[i + 2] == '<' && pattern[i + 3] is not ('=' or '!'))
                    {
                        var end = pattern.IndexOf('>', i + 3);
                        if (end > 0)
                        {
                            numbers[pattern[(i + 3)..end]] = ++count;
                        }
                    }
                }
                else
                {
                    count++;
                }
            }
        }

        return numbers;
    }

    private static int TranslateClass(string pattern, int start, StringBuilder sb)
    {
        // start is at '['.
        var i = start + 1;
        if (i < pattern.Length && pattern[i] == ']')
        {
            sb.Append("(?!)");
            return i + 1;
        }

        if (i + 1 < pattern.Length && pattern[i] == '^' && pattern[i + 1] == ']')
        {
            sb.Append(@"[\s\S]");
            return i + 2;
        }

        sb.Append('[');
        if (i < pattern.Length && pattern[i] == '^')
        {
            sb.Append('^');
            i++;
        }

        while (i < pattern.Length && pattern[i] != ']')
        {
            var c = pattern[i];
            if (c == '\\')
            {
                i = TranslateEscape(pattern, i, sb, inClass: true);
                continue;
            }

            // '[' is literal inside a JavaScript class; in .NET "-[" would start a subtraction.
            sb.Append(c == '[' ? @"\[" : c.ToString());
            i++;
        }

        sb.Append(']');
        return i + 1;
    }

    private static int TranslateEscape(string pattern, int start, StringBuilder sb, bool inClass)
    {
        if (start + 1 >= pattern.Length)
        {
            sb.Append(@"\\");
            return start + 1;
        }

        var c = pattern[start + 1];
        switch (c)
        {
            case 'd':
                sb.Append(inClass ? "0-9" : "[0-9]");
                break;
            case 'D':
                sb.Append(inClass ? @"\D" : "[^0-9]");
                break;
            case 'w':
                sb.Append(inClass ? "a-zA-Z0-9_" : "[a-zA-Z0-9_]");
                break;
            case 'W':
                sb.Append(inClass ? @"\W" : "[^a-zA-Z0-9_]");
                break;
            case 's':
                sb.Append(inClass ? JsWhitespace : "[" + JsWhitespace + "]");
                break;
            case 'S':
                sb.Append(inClass ? @"\S" : "[^" + JsWhitespace + "]");
                break;
            case 'b' or 'B':
                // Inside a class \b is a backspace in both dialects.
                sb.Append('\\').Append(c);
                break;
            case 't' or 'n' or 'v' or 'f' or 'r' or '0' or '/':
                sb.Append('\\').Append(c);
                break;
            case 'c' when start + 2 < pattern.Length && char.IsAsciiLetter(pattern[start + 2]):
                sb.Append('\\').Append(c).Append(pattern[start + 2]);
                return start + 3;
            case 'x' when start + 3 < pattern.Length && char.IsAsciiHexDigit(pattern[start + 2]) && char.IsAsciiHexDigit(pattern[start + 3]):
                sb.Append(pattern, start, 4);
                return start + 4;
            case 'u' when IsHex(pattern, start + 2, 4):
                sb.Append(pattern, start, 6);
                return start + 6;
            case 'k' when !inClass && start + 2 < pattern.Length && pattern[start + 2] == '<':
                sb.Append(@"\k");
                break;
            case >= '1' and <= '9':
                sb.Append('\\').Append(c);
                break;
            default:
                if (char.IsAsciiLetter(c))
                {
                    // An identity escape of a letter is the letter itself in JavaScript.
                    sb.Append(c);
                }
                else if (char.IsLetterOrDigit(c) || c == '_')
                {
                    sb.Append(System.Text.RegularExpressions.Regex.Escape(c.ToString()));
                }
                else
                {
                    sb.Append('\\').Append(c);
                }

                break;
        }

        return start + 2;
    }

    private static bool IsHex(string text, int start, int length)
    {
        if (start + length > text.Length)
        {
            return false;
        }

        for (var i = start; i < start + length; i++)
        {
            if (!char.IsAsciiHexDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
