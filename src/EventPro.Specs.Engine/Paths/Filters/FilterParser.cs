using EventPro.Specs.Engine.Paths.Steps;

namespace EventPro.Specs.Engine.Paths.Filters;

/// <summary>
/// Parses the condition of a Jayway filter <c>[?(...)]</c>: comparisons with
/// <c>== != === !== &lt; &lt;= &gt; &gt;= =~ in nin contains subsetof anyof noneof size empty</c>,
/// existence checks (<c>@.x</c>, <c>!@.x</c>), <c>&amp;&amp;</c>, <c>||</c> and parentheses.
/// Operands are <c>@</c>/<c>$</c> paths or literals: strings in either quotes, numbers, true,
/// false, null, arrays, objects and <c>/regex/flags</c>.
/// </summary>
internal sealed partial class FilterParser
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
