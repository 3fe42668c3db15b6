using System.Globalization;
using System.Text;
using EventPro.Specs.Engine.Paths.Filters;

namespace EventPro.Specs.Engine.Paths.Steps;

/// <content>Bracket steps: ['name'], ['a','b'], [0], [0,2], [1:3], [*] and [?(...)].</content>
internal sealed partial class JsonPathParser
{
    private PathStep ParseBracket(bool isLastCandidate)
    {
        var open = _pos;
        _pos++;
        SkipBlanks();
        var c = At(_pos);
        PathStep step;
        if (c == '*')
        {
            _pos++;
            step = WildcardStep.Instance;
        }
        else if (c == '?')
        {
            step = ParseFilter();
        }
        else if (c is '\'' or '"')
        {
            step = ParseNames(isLastCandidate);
        }
        else if (c is '-' or ':' || char.IsAsciiDigit(c))
        {
            step = ParseIndexes();
        }
        else
        {
            throw Error(c == '\0' ? "unclosed '['" : $"unexpected character '{c}' after '['", c == '\0' ? open : _pos);
        }

        SkipBlanks();
        if (At(_pos) != ']')
        {
            throw Error(_pos >= _end ? "unclosed '['" : $"expected ']' but found '{_text[_pos]}'", _pos >= _end ? open : _pos);
        }

        _pos++;
        return step;
    }

    private PathStep ParseNames(bool isLastCandidate)
    {
        var names = new List<string>();
        while (true)
        {
            names.Add(ReadQuoted());
            SkipBlanks();
            if (At(_pos) != ',')
            {
                break;
            }

            _pos++;
            SkipBlanks();
            if (At(_pos) is not ('\'' or '"'))
            {
                throw Error("expected a quoted property name after ','");
            }
        }

        if (names.Count == 1)
        {
            return new PropertyStep(names[0]);
        }

        // Jayway merges the members into one object only when the union is the last step.
        var isLast = isLastCandidate && IsLastStepAfterBracket();
        return new PropertyUnionStep([.. names], isLast);
    }

    private bool IsLastStepAfterBracket()
    {
        var i = _pos;
        while (i < _end && char.IsWhiteSpace(_text[i]))
        {
            i++;
        }

        return i + 1 >= _end;
    }

    private string ReadQuoted()
    {
        var quote = _text[_pos];
        var start = _pos;
        _pos++;
        var sb = new StringBuilder();
        while (_pos < _end && _text[_pos] != quote)
        {
            var c = _text[_pos];
            if (c == '\\' && _pos + 1 < _end)
            {
                _pos++;
                sb.Append(Unescape(_text[_pos]));
            }
            else
            {
                sb.Append(c);
            }

            _pos++;
        }

        if (_pos >= _end)
        {
            throw Error("unclosed quoted property name", start);
        }

        _pos++;
        return sb.ToString();
    }

    private static char Unescape(char c) => c switch
    {
        'n' => '\n',
        't' => '\t',
        'r' => '\r',
        'b' => '\b',
        'f' => '\f',
        _ => c,
    };

    private PathStep ParseIndexes()
    {
        var start = _pos;
        while (_pos < _end && _text[_pos] != ']')
        {
            _pos++;
        }

        var body = _text[start.._pos];
        if (body.Contains(':', StringComparison.Ordinal))
        {
            return ParseSlice(body, start);
        }

        var parts = body.Split(',');
        var indexes = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            indexes[i] = ParseInt(parts[i], start);
        }

        return indexes.Length == 1 ? new IndexStep(indexes[0]) : new IndexUnionStep(indexes);
    }

    private SliceStep ParseSlice(string body, int start)
    {
        var parts = body.Split(':');
        if (parts.Length > 2)
        {
            throw Error("array slices take no step ([from:to])", start);
        }

        int? from = string.IsNullOrWhiteSpace(parts[0]) ? null : ParseInt(parts[0], start);
        int? to = string.IsNullOrWhiteSpace(parts[1]) ? null : ParseInt(parts[1], start);
        return new SliceStep(from, to);
    }

    private int ParseInt(string part, int start)
    {
        if (!int.TryParse(part.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw Error($"'{part.Trim()}' is not an array index", start);
        }

        return value;
    }

    private FilterStep ParseFilter()
    {
        var question = _pos;
        _pos++;
        if (At(_pos) != '(')
        {
            throw Error("expected '(' after '[?'", _pos);
        }

        var close = PathScanning.FindClosing(_text, _pos, _end, '(', ')');
        if (close < 0)
        {
            throw Error("unclosed filter '[?('", question);
        }

        var filter = FilterParser.Parse(_text, _pos + 1, close);
        _pos = close + 1;
        return new FilterStep(filter);
    }
}
