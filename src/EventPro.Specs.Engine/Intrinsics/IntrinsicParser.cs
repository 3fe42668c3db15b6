using System.Text;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Paths;
using EventPro.Specs.Engine.Paths.Steps;

namespace EventPro.Specs.Engine.Intrinsics;

/// <summary>
/// Compiles an intrinsic call: <c>States.Name(arg, ...)</c> where an argument is a string literal
/// in single quotes (escapes <c>\'</c> <c>\{</c> <c>\}</c> <c>\\</c>; any other backslash is an
/// error, as AWS documents), a number, <c>true</c>, <c>false</c>, <c>null</c>, a path
/// (<c>$.x</c>, <c>$$.x</c>, <c>$var.x</c>) or a nested call.
/// </summary>
internal sealed class IntrinsicParser
{
    /// <summary>AWS: "You can nest up to 10 intrinsic functions within a field".</summary>
    public const int MaxCallsPerField = 10;

    private readonly string _text;
    private int _pos;
    private int _calls;

    private IntrinsicParser(string text) => _text = text;

    /// <summary>Compiles <paramref name="text"/>, which must be exactly one call.</summary>
    public static IntrinsicCall Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new IntrinsicParser(text);
        parser.SkipBlanks();
        var call = parser.ParseCall();
        parser.SkipBlanks();
        if (parser._pos < text.Length)
        {
            throw parser.Error($"unexpected '{text[parser._pos]}' after the call");
        }

        return call;
    }

    private IntrinsicCall ParseCall()
    {
        var start = _pos;
        while (_pos < _text.Length && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] is '.' or '_'))
        {
            _pos++;
        }

        var name = _text[start.._pos];
        if (!IntrinsicRegistry.TryGet(name, out var function))
        {
            throw name.Length == 0
                ? Error("expected an intrinsic function name", start)
                : Error($"unknown intrinsic function '{name}'", start, IntrinsicProblemKind.UnknownFunction);
        }

        if (++_calls > MaxCallsPerField)
        {
            throw Error($"more than {MaxCallsPerField} intrinsic functions in one field", start, IntrinsicProblemKind.TooManyCalls);
        }

        SkipBlanks();
        Expect('(');
        var arguments = new List<IntrinsicArgument>();
        SkipBlanks();
        if (At(_pos) == ')')
        {
            _pos++;
        }
        else
        {
            while (true)
            {
                arguments.Add(ParseArgument());
                SkipBlanks();
                var c = At(_pos);
                _pos++;
                if (c == ')')
                {
                    break;
                }

                if (c != ',')
                {
                    throw Error(c == '\0' ? $"unclosed call to {name}" : $"expected ',' or ')' but found '{c}'", c == '\0' ? start : _pos - 1);
                }
            }
        }

        CheckArity(function, arguments.Count, start);
        return new IntrinsicCall(function, [.. arguments], _text[start.._pos]);
    }

    private void CheckArity(IntrinsicFunction function, int count, int start)
    {
        if (count >= function.MinArguments && count <= function.MaxArguments)
        {
            return;
        }

        var expected = function.MaxArguments == int.MaxValue
            ? $"at least {function.MinArguments}"
            : function.MinArguments == function.MaxArguments ? $"exactly {function.MinArguments}" : $"{function.MinArguments} to {function.MaxArguments}";
        throw Error($"{function.Name} takes {expected} argument{(expected.EndsWith('1') ? string.Empty : "s")} but was given {count}", start, IntrinsicProblemKind.WrongArgumentCount);
    }

    private IntrinsicArgument ParseArgument()
    {
        SkipBlanks();
        var c = At(_pos);
        if (c == '\'')
        {
            return ParseString();
        }

        if (c == '$')
        {
            return ParsePath();
        }

        if (char.IsAsciiLetter(c))
        {
            return ParseWordOrCall();
        }

        if (c == '-' || char.IsAsciiDigit(c))
        {
            return ParseNumber();
        }

        throw Error(c == '\0' ? "missing argument" : $"unexpected '{c}' where an argument was expected");
    }

    private LiteralArgument ParseString()
    {
        var start = _pos;
        _pos++;
        var sb = new StringBuilder();
        var placeholders = new List<int>();
        while (true)
        {
            var c = At(_pos);
            if (c == '\0' && _pos >= _text.Length)
            {
                throw Error("unclosed string literal", start);
            }

            if (c == '\'')
            {
                _pos++;
                break;
            }

            if (c == '\\')
            {
                var escaped = At(_pos + 1);
                if (escaped is not ('\'' or '{' or '}' or '\\'))
                {
                    throw Error("an open escape backslash '\\' must be followed by ', {, } or \\");
                }

                sb.Append(escaped);
                _pos += 2;
                continue;
            }

            if (c == '{' && At(_pos + 1) == '}')
            {
                placeholders.Add(sb.Length);
                sb.Append("{}");
                _pos += 2;
                continue;
            }

            sb.Append(c);
            _pos++;
        }

        return new LiteralArgument(_text[start.._pos], new JsonString(sb.ToString()), [.. placeholders]);
    }

    private PathArgument ParsePath()
    {
        var start = _pos;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c is '[' or '(')
            {
                var close = PathScanning.FindClosing(_text, _pos, _text.Length, c, c == '[' ? ']' : ')');
                _pos = close < 0 ? throw Error($"unclosed '{c}' in path", _pos) : close + 1;
            }
            else if (c is ',' or ')' || char.IsWhiteSpace(c))
            {
                break;
            }
            else
            {
                _pos++;
            }
        }

        try
        {
            return new PathArgument(PathExpression.ParsePathRange(_text, start, _pos));
        }
        catch (PathSyntaxException e)
        {
            throw new IntrinsicSyntaxException(_text, e.Position, e.Problem);
        }
    }

    private IntrinsicArgument ParseWordOrCall()
    {
        var start = _pos;
        while (_pos < _text.Length && char.IsAsciiLetterOrDigit(_text[_pos]))
        {
            _pos++;
        }

        JsonValue? keyword = _text[start.._pos] switch
        {
            "true" => JsonBoolean.True,
            "false" => JsonBoolean.False,
            "null" => JsonNull.Instance,
            _ => null,
        };
        if (keyword is not null)
        {
            return new LiteralArgument(_text[start.._pos], keyword);
        }

        _pos = start;
        return new CallArgument(ParseCall());
    }

    private LiteralArgument ParseNumber()
    {
        var start = _pos;
        while (_pos < _text.Length && (char.IsAsciiDigit(_text[_pos]) || _text[_pos] is '-' or '+' or '.' or 'e' or 'E'))
        {
            _pos++;
        }

        var literal = _text[start.._pos];
        try
        {
            if (JsonValue.Parse(literal) is JsonNumber number)
            {
                return new LiteralArgument(literal, number);
            }
        }
        catch (JsonParseException)
        {
            // Reported below.
        }

        throw Error($"'{literal}' is not a number", start);
    }

    private void Expect(char c)
    {
        if (At(_pos) != c)
        {
            throw Error(_pos >= _text.Length ? $"expected '{c}'" : $"expected '{c}' but found '{_text[_pos]}'");
        }

        _pos++;
    }

    private void SkipBlanks()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private char At(int index) => index < _text.Length ? _text[index] : '\0';

    private IntrinsicSyntaxException Error(string problem, int? position = null, IntrinsicProblemKind kind = IntrinsicProblemKind.Syntax) => new(_text, position ?? _pos, problem, kind);
}
