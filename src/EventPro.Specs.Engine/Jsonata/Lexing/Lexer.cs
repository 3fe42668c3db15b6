using System.Globalization;
using System.Text;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata.Evaluation;

namespace EventPro.Specs.Engine.Jsonata.Lexing;

/// <summary>
/// Splits a JSONata expression into tokens on demand, as the reference tokenizer does: whitespace
/// and <c>/* */</c> comments are skipped; a <c>/</c> starts a regular expression unless it follows
/// an operand (then it is division), which is why the parser tells <see cref="Next"/> where it is.
/// </summary>
internal sealed class Lexer
{
    /// <summary>The single characters that are operators; they also end a bare name.</summary>
    private const string OperatorChars = ".[]{}(),@#;:?+-*/%|=<>^&!~";

    private readonly string _text;
    private int _position;

    /// <summary>Creates a lexer over <paramref name="text"/>.</summary>
    public Lexer(string text) => _text = text;

    /// <summary>Whether <paramref name="c"/> is one of the one-character operators.</summary>
    public static bool IsOperatorChar(char c) => OperatorChars.Contains(c, StringComparison.Ordinal);

    /// <summary>
    /// Reads the next token, or an <see cref="TokenKind.End"/> token at the end.
    /// <paramref name="afterOperand"/> is true where a <c>/</c> means division rather than a regex.
    /// </summary>
    public Token Next(bool afterOperand)
    {
        SkipWhitespaceAndComments();
        if (_position >= _text.Length)
        {
            return new Token(TokenKind.End, "(end)", _text.Length);
        }

        var c = _text[_position];
        if (!afterOperand && c == '/')
        {
            _position++;
            return ScanRegex();
        }

        var two = _position + 1 < _text.Length ? _text.AsSpan(_position, 2) : ReadOnlySpan<char>.Empty;
        if (two is ".." or ":=" or "!=" or ">=" or "<=" or "**" or "~>")
        {
            _position += 2;
            return new Token(TokenKind.Operator, two.ToString(), _position);
        }

        if (IsOperatorChar(c))
        {
            _position++;
            return new Token(TokenKind.Operator, c.ToString(), _position);
        }

        if (c is '"' or '\'')
        {
            return ScanString(c);
        }

        if (c is >= '0' and <= '9')
        {
            return ScanNumber();
        }

        if (c == '`')
        {
            var end = _text.IndexOf('`', _position + 1);
            if (end < 0)
            {
                _position = _text.Length;
                throw JsonataErrors.Create("S0105", _position);
            }

            var quoted = _text.Substring(_position + 1, end - _position - 1);
            _position = end + 1;
            return new Token(TokenKind.Name, quoted, _position);
        }

        return ScanName();
    }

    private void SkipWhitespaceAndComments()
    {
        while (true)
        {
            while (_position < _text.Length && IsWhitespace(_text[_position]))
            {
                _position++;
            }

            if (_position + 1 < _text.Length && _text[_position] == '/' && _text[_position + 1] == '*')
            {
                var commentStart = _position;
                var end = _text.IndexOf("*/", _position + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    throw JsonataErrors.Create("S0106", commentStart);
                }

                _position = end + 2;
                continue;
            }

            return;
        }
    }

    // The reference skips exactly these five characters (space, tab, LF, CR, vertical tab).
    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\v';

    private Token ScanName()
    {
        var start = _position;
        var i = _position;
        while (i < _text.Length && !IsWhitespace(_text[i]) && !IsOperatorChar(_text[i]))
        {
            i++;
        }

        _position = i;
        if (_text[start] == '$')
        {
            return new Token(TokenKind.Variable, _text.Substring(start + 1, i - start - 1), _position);
        }

        var name = _text[start..i];
        return name switch
        {
            "and" or "or" or "in" => new Token(TokenKind.Operator, name, _position),
            "true" => new Token(TokenKind.Value, name, _position, JsonBoolean.True),
            "false" => new Token(TokenKind.Value, name, _position, JsonBoolean.False),
            "null" => new Token(TokenKind.Value, name, _position, JsonNull.Instance),
            _ => new Token(TokenKind.Name, name, _position),
        };
    }

    private Token ScanNumber()
    {
        // JSON number syntax: 0 | [1-9][0-9]*, optional fraction, optional exponent.
        var start = _position;
        var i = _position;
        if (_text[i] == '0')
        {
            i++;
        }
        else
        {
            while (i < _text.Length && char.IsAsciiDigit(_text[i]))
            {
                i++;
            }
        }

        if (i + 1 < _text.Length && _text[i] == '.' && char.IsAsciiDigit(_text[i + 1]))
        {
            i++;
            while (i < _text.Length && char.IsAsciiDigit(_text[i]))
            {
                i++;
            }
        }

        if (i < _text.Length && _text[i] is 'e' or 'E')
        {
            var j = i + 1;
            if (j < _text.Length && _text[j] is '+' or '-')
            {
                j++;
            }

            if (j < _text.Length && char.IsAsciiDigit(_text[j]))
            {
                while (j < _text.Length && char.IsAsciiDigit(_text[j]))
                {
                    j++;
                }

                i = j;
            }
        }

        var literal = _text[start..i];
        var value = double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (!double.IsFinite(value))
        {
            throw JsonataErrors.Create("S0102", _position, literal);
        }

        _position = i;
        return new Token(TokenKind.Number, literal, _position, JsonNumber.From(value));
    }

    private Token ScanString(char quote)
    {
        _position++;
        var sb = new StringBuilder();
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '\\')
            {
                _position++;
                if (_position >= _text.Length)
                {
                    break;
                }

                c = _text[_position];
                switch (c)
                {
                    case '"': sb.Append('"'); break;
                    case '\\': sb.Append('\\'); break;
                    case '/': sb.Append('/'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case 'u':
                        if (_position + 4 < _text.Length && IsHex4(_text.AsSpan(_position + 1, 4)))
                        {
                            sb.Append((char)int.Parse(_text.AsSpan(_position + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                            _position += 4;
                        }
                        else
                        {
                            throw JsonataErrors.Create("S0104", _position);
                        }

                        break;
                    default:
                        throw JsonataErrors.Create("S0103", _position, c.ToString());
                }
            }
            else if (c == quote)
            {
                _position++;
                var value = sb.ToString();
                return new Token(TokenKind.String, value, _position, new JsonString(value));
            }
            else
            {
                sb.Append(c);
            }

            _position++;
        }

        throw JsonataErrors.Create("S0101", _position);
    }

    private static bool IsHex4(ReadOnlySpan<char> span)
    {
        if (span.Length != 4)
        {
            return false;
        }

        foreach (var c in span)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private Token ScanRegex()
    {
        // The opening '/' has been consumed. The closing '/' is the first one outside (), [] and {}
        // that is not escaped by an odd number of backslashes.
        var start = _position;
        var depth = 0;
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '/' && depth == 0 && !IsEscaped(_position))
            {
                var pattern = _text[start.._position];
                if (pattern.Length == 0)
                {
                    throw JsonataErrors.Create("S0301", _position);
                }

                _position++;
                var flagsStart = _position;
                while (_position < _text.Length && _text[_position] is 'i' or 'm')
                {
                    _position++;
                }

                var flags = _text[flagsStart.._position];
                return new Token(TokenKind.Regex, pattern, _position, Regex: new RegexLiteral(pattern, flags));
            }

            var escaped = _position > 0 && _text[_position - 1] == '\\';
            if (c is '(' or '[' or '{' && !escaped)
            {
                depth++;
            }
            else if (c is ')' or ']' or '}' && !escaped)
            {
                depth--;
            }

            _position++;
        }

        throw JsonataErrors.Create("S0302", _position);
    }

    private bool IsEscaped(int index)
    {
        var backslashes = 0;
        while (index - backslashes - 1 >= 0 && _text[index - backslashes - 1] == '\\')
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }
}
