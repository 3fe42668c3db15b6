using System.Text.RegularExpressions;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Paths.Steps;

namespace EventPro.Specs.Engine.Paths.Filters;

/// <summary>
/// Parses the condition of a Jayway filter <c>[?(...)]</c>: comparisons with
/// <c>== != === !== &lt; &lt;= &gt; &gt;= =~ in nin contains subsetof anyof noneof size empty</c>,
/// existence checks (<c>@.x</c>, <c>!@.x</c>), <c>&amp;&amp;</c>, <c>||</c> and parentheses.
/// Operands are <c>@</c>/<c>$</c> paths or literals: strings in either quotes, numbers, true,
/// false, null, arrays, objects and <c>/regex/flags</c>.
/// </summary>
internal sealed class FilterParser
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);
    private static readonly (string Symbol, FilterOperator Op)[] Symbols =
    [
        ("===", FilterOperator.StrictEqual), ("!==", FilterOperator.StrictNotEqual),
        ("==", FilterOperator.Equal), ("!=", FilterOperator.NotEqual),
        ("<=", FilterOperator.LessThanOrEqual), (">=", FilterOperator.GreaterThanOrEqual),
        ("=~", FilterOperator.Regex), ("<", FilterOperator.LessThan), (">", FilterOperator.GreaterThan),
    ];

    private readonly string _text;
    private readonly int _end;
    private int _pos;

    private FilterParser(string text, int start, int end)
    {
        _text = text;
        _pos = start;
        _end = end;
    }

    /// <summary>Parses the condition in <c>text[start..end]</c> (inside the parentheses of <c>[?(...)]</c>).</summary>
    public static FilterExpression Parse(string text, int start, int end)
    {
        var parser = new FilterParser(text, start, end);
        var expression = parser.ParseOr();
        parser.SkipBlanks();
        if (parser._pos < end)
        {
            throw parser.Error($"unexpected '{text[parser._pos]}' in filter");
        }

        return expression;
    }

    private FilterExpression ParseOr()
    {
        var left = ParseAnd();
        while (TryConsume("||"))
        {
            left = new OrExpression(left, ParseAnd());
        }

        return left;
    }

    private FilterExpression ParseAnd()
    {
        var left = ParseUnary();
        while (TryConsume("&&"))
        {
            left = new AndExpression(left, ParseUnary());
        }

        return left;
    }

    private FilterExpression ParseUnary()
    {
        SkipBlanks();
        if (At(_pos) == '!' && At(_pos + 1) != '=')
        {
            _pos++;
            return new NotExpression(ParseUnary());
        }

        if (At(_pos) == '(')
        {
            _pos++;
            var inner = ParseOr();
            if (!TryConsume(")"))
            {
                throw Error("expected ')' in filter");
            }

            return inner;
        }

        return ParseRelation();
    }

    private FilterExpression ParseRelation()
    {
        var leftStart = _pos;
        var left = ParseOperand();
        SkipBlanks();
        if (_pos >= _end || StartsWith("&&") || StartsWith("||") || At(_pos) == ')')
        {
            return left is PathOperand path
                ? new ExistsExpression(path)
                : throw Error("a filter condition needs a path or a comparison", leftStart);
        }

        var op = ParseOperator();
        SkipBlanks();
        var right = op == FilterOperator.Regex ? ParseRegex() : ParseOperand();
        if (left is RegexOperand)
        {
            throw Error("a regular expression may only follow =~", leftStart);
        }

        return new ComparisonExpression(left, op, right);
    }

    private FilterOperator ParseOperator()
    {
        foreach (var (symbol, op) in Symbols)
        {
            if (StartsWith(symbol))
            {
                _pos += symbol.Length;
                return op;
            }
        }

        var start = _pos;
        while (_pos < _end && char.IsAsciiLetter(_text[_pos]))
        {
            _pos++;
        }

        return _text[start.._pos].ToLowerInvariant() switch
        {
            "in" => FilterOperator.In,
            "nin" => FilterOperator.NotIn,
            "contains" => FilterOperator.Contains,
            "subsetof" => FilterOperator.SubsetOf,
            "anyof" => FilterOperator.AnyOf,
            "noneof" => FilterOperator.NoneOf,
            "size" => FilterOperator.Size,
            "empty" => FilterOperator.Empty,
            _ => throw Error("expected a comparison operator", start),
        };
    }

    private FilterOperand ParseOperand()
    {
        SkipBlanks();
        var c = At(_pos);
        return c switch
        {
            '@' or '$' => ParsePathOperand(),
            '/' => ParseRegex(),
            _ => new LiteralOperand(ParseLiteral()),
        };
    }

    private PathOperand ParsePathOperand()
    {
        var start = _pos;
        _pos++;
        while (_pos < _end)
        {
            var c = _text[_pos];
            if (c == '[' || (c == '(' && At(_pos + 1) == ')'))
            {
                var close = PathScanning.FindClosing(_text, _pos, _end, c, c == '[' ? ']' : ')');
                _pos = close < 0 ? throw Error($"unclosed '{c}' in filter path") : close + 1;
            }
            else if (char.IsWhiteSpace(c) || c is '<' or '>' or '=' or '!' or '~' or '&' or '|' or ')' or ',')
            {
                break;
            }
            else
            {
                _pos++;
            }
        }

        var fromRoot = _text[start] == '$';
        var path = JsonPath.ParseRange(_text, start, _pos, _text[start]);
        return new PathOperand(path, fromRoot);
    }

    private RegexOperand ParseRegex()
    {
        var start = _pos;
        if (At(_pos) != '/')
        {
            throw Error("expected /regex/");
        }

        _pos++;
        var pattern = new System.Text.StringBuilder();
        while (_pos < _end && _text[_pos] != '/')
        {
            if (_text[_pos] == '\\' && _pos + 1 < _end)
            {
                pattern.Append(_text[_pos]);
                _pos++;
            }

            pattern.Append(_text[_pos]);
            _pos++;
        }

        if (_pos >= _end)
        {
            throw Error("unclosed regular expression", start);
        }

        _pos++;
        var options = RegexOptions.CultureInvariant;
        while (_pos < _end && char.IsAsciiLetter(_text[_pos]))
        {
            options |= _text[_pos] switch
            {
                'i' => RegexOptions.IgnoreCase,
                'm' => RegexOptions.Multiline,
                's' => RegexOptions.Singleline,
                'x' => RegexOptions.IgnorePatternWhitespace,
                _ => throw Error($"unknown regular expression flag '{_text[_pos]}'"),
            };
            _pos++;
        }

        try
        {
            // Java's Matcher.matches(): the whole input must match.
            return new RegexOperand(new Regex(@"\A(?:" + pattern + @")\z", options, RegexTimeout));
        }
        catch (ArgumentException e)
        {
            throw Error($"invalid regular expression: {e.Message}", start);
        }
    }

    private JsonValue ParseLiteral()
    {
        SkipBlanks();
        var c = At(_pos);
        if (c is '\'' or '"')
        {
            return ParseString();
        }

        if (c == '[')
        {
            return ParseArray();
        }

        if (c == '{')
        {
            return ParseObject();
        }

        var start = _pos;
        while (_pos < _end && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] is '-' or '+' or '.'))
        {
            _pos++;
        }

        var word = _text[start.._pos];
        switch (word)
        {
            case "true":
                return JsonBoolean.True;
            case "false":
                return JsonBoolean.False;
            case "null":
                return JsonNull.Instance;
        }

        if (word.Length > 0 && (char.IsAsciiDigit(word[0]) || word[0] == '-'))
        {
            try
            {
                return JsonValue.Parse(word);
            }
            catch (JsonParseException)
            {
                // Reported below as an unexpected operand.
            }
        }

        throw Error(word.Length == 0 ? (_pos < _end ? $"unexpected '{_text[_pos]}' in filter" : "missing operand in filter") : $"'{word}' is not a valid operand", start);
    }

    private JsonString ParseString()
    {
        var start = _pos;
        var close = PathScanning.SkipQuoted(_text, _pos, _end);
        if (close < 0)
        {
            throw Error("unclosed string in filter", start);
        }

        var sb = new System.Text.StringBuilder();
        for (var i = start + 1; i < close; i++)
        {
            if (_text[i] == '\\' && i + 1 < close)
            {
                i++;
            }

            sb.Append(_text[i]);
        }

        _pos = close + 1;
        return new JsonString(sb.ToString());
    }

    private JsonArray ParseArray()
    {
        _pos++;
        var items = new List<JsonValue>();
        SkipBlanks();
        if (TryConsume("]"))
        {
            return JsonArray.Empty;
        }

        do
        {
            items.Add(ParseLiteral());
        }
        while (TryConsume(","));

        if (!TryConsume("]"))
        {
            throw Error("expected ']' in array literal");
        }

        return JsonArray.From(items);
    }

    private JsonValue ParseObject()
    {
        var start = _pos;
        var close = PathScanning.FindClosing(_text, _pos, _end, '{', '}');
        if (close < 0)
        {
            throw Error("unclosed object literal", start);
        }

        _pos = close + 1;
        try
        {
            return JsonValue.Parse(_text[start.._pos]);
        }
        catch (JsonParseException e)
        {
            throw Error($"invalid object literal: {e.Reason}", start);
        }
    }

    private bool TryConsume(string token)
    {
        SkipBlanks();
        if (!StartsWith(token))
        {
            return false;
        }

        _pos += token.Length;
        return true;
    }

    private bool StartsWith(string token) =>
        _pos + token.Length <= _end && string.CompareOrdinal(_text, _pos, token, 0, token.Length) == 0;

    private void SkipBlanks()
    {
        while (_pos < _end && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private char At(int index) => index < _end ? _text[index] : '\0';

    private PathSyntaxException Error(string problem, int? position = null) => new(_text, position ?? _pos, problem);
}
