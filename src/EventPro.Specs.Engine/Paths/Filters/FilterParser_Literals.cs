using System.Text.RegularExpressions;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Paths.Steps;

namespace EventPro.Specs.Engine.Paths.Filters;

/// <content>Literal operands: /regex/flags, strings in either quote, numbers, true, false, null, arrays and objects.</content>
internal sealed partial class FilterParser
{
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
}
