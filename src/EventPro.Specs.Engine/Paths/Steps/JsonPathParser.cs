namespace EventPro.Specs.Engine.Paths.Steps;

/// <summary>
/// Parses Jayway JsonPath syntax (the dialect AWS Step Functions evaluates) into steps:
/// <c>.name</c>, <c>['name']</c>, <c>['a','b']</c>, <c>[0]</c>, <c>[0,2]</c>, <c>[1:3]</c>,
/// <c>.*</c>, <c>[*]</c>, <c>..x</c>, <c>[?(...)]</c> and a trailing function such as <c>.length()</c>.
/// Works on a range of a larger text (a path inside a filter or an intrinsic call) so that errors
/// report positions in the text the user wrote.
/// </summary>
internal sealed partial class JsonPathParser
{
    private readonly string _text;
    private readonly int _end;
    private readonly List<PathStep> _steps = [];
    private int _pos;

    private JsonPathParser(string text, int start, int end)
    {
        _text = text;
        _pos = start;
        _end = end;
    }

    /// <summary>
    /// Parses <c>text[start..end]</c>, which must begin with <paramref name="rootChar"/> (<c>$</c>, or
    /// <c>@</c> in filters); <c>'\0'</c> means the root was already read (the steps after <c>$name</c>).
    /// </summary>
    public static PathStep[] Parse(string text, int start, int end, char rootChar)
    {
        var parser = new JsonPathParser(text, start, end);
        return parser.ParsePath(rootChar);
    }

    private PathStep[] ParsePath(char rootChar)
    {
        if (rootChar != '\0')
        {
            if (_pos >= _end || _text[_pos] != rootChar)
            {
                throw Error($"a path must start with '{rootChar}'");
            }

            _pos++;
        }

        while (_pos < _end)
        {
            if (_steps.Count > 0 && _steps[^1] is FunctionStep)
            {
                throw Error("a function must be the last step of a path");
            }

            var c = _text[_pos];
            if (c == '.')
            {
                ParseDot();
            }
            else if (c == '[')
            {
                _steps.Add(ParseBracket(isLastCandidate: true));
            }
            else
            {
                throw Error(char.IsWhiteSpace(c) ? "unexpected blank character" : $"unexpected character '{c}'");
            }
        }

        return [.. _steps];
    }

    private void ParseDot()
    {
        var dot = _pos;
        if (At(_pos + 1) == '.')
        {
            _pos += 2;
            if (_pos >= _end)
            {
                throw Error("a path must not end with '..'", dot);
            }

            var inner = ParseSelectorAfterDot(deepScan: true);
            _steps.Add(new DeepScanStep(inner));
            return;
        }

        _pos++;
        if (_pos >= _end)
        {
            throw Error("a path must not end with '.'", dot);
        }

        _steps.Add(ParseSelectorAfterDot(deepScan: false));
    }

    private PathStep ParseSelectorAfterDot(bool deepScan)
    {
        var c = _text[_pos];
        if (c == '[')
        {
            return ParseBracket(isLastCandidate: !deepScan);
        }

        if (c == '*')
        {
            _pos++;
            return WildcardStep.Instance;
        }

        if (c == '.')
        {
            throw Error("unexpected character '.'");
        }

        return ParseNameOrFunction(deepScan);
    }

    private PathStep ParseNameOrFunction(bool deepScan)
    {
        var start = _pos;
        while (_pos < _end)
        {
            var c = _text[_pos];
            if (c is '.' or '[' or '(')
            {
                break;
            }

            if (char.IsWhiteSpace(c))
            {
                throw Error("use bracket notation ['my prop'] for a property with blank characters");
            }

            _pos++;
        }

        var name = _text[start.._pos];
        if (_pos < _end && _text[_pos] == '(')
        {
            return ParseFunction(name, start, deepScan);
        }

        return new PropertyStep(name);
    }

    private FunctionStep ParseFunction(string name, int start, bool deepScan)
    {
        if (deepScan)
        {
            throw Error("a function cannot follow '..'", start);
        }

        if (!PathFunctions.TryGet(name, out var function))
        {
            throw Error($"unknown function '{name}()'", start);
        }

        _pos++;
        SkipBlanks();
        if (At(_pos) != ')')
        {
            throw Error($"the function '{name}()' takes no arguments");
        }

        _pos++;
        return new FunctionStep(name, function);
    }

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
