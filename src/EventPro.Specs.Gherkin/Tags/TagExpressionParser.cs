namespace EventPro.Specs.Gherkin.Tags;

/// <summary>Recursive-descent parser for <see cref="TagExpression"/>.</summary>
internal sealed class TagExpressionParser
{
    private readonly string _text;
    private readonly List<string> _tokens;
    private int _next;

    public TagExpressionParser(string text)
    {
        _text = text;
        _tokens = Tokenize(text);
    }

    public TagExpression Parse()
    {
        if (_tokens.Count == 0)
        {
            throw Error("is empty");
        }

        var expression = ParseOr();
        if (_next < _tokens.Count)
        {
            throw Error($"has an unexpected '{_tokens[_next]}'");
        }

        return expression;
    }

    private TagExpression ParseOr()
    {
        var left = ParseAnd();
        while (Accept("or"))
        {
            left = new TagExpression.Or(left, ParseAnd());
        }

        return left;
    }

    private TagExpression ParseAnd()
    {
        var left = ParseNot();
        while (Accept("and"))
        {
            left = new TagExpression.And(left, ParseNot());
        }

        return left;
    }

    private TagExpression ParseNot()
    {
        if (Accept("not"))
        {
            return new TagExpression.Not(ParseNot());
        }

        if (Accept("("))
        {
            var inner = ParseOr();
            if (!Accept(")"))
            {
                throw Error("misses a ')'");
            }

            return inner;
        }

        if (_next >= _tokens.Count)
        {
            throw Error("ends where a tag was expected");
        }

        var token = _tokens[_next];
        if (token is "and" or "or" or ")")
        {
            throw Error($"has '{token}' where a tag was expected");
        }

        _next++;
        return new TagExpression.Tag(token.TrimStart('@'));
    }

    private bool Accept(string token)
    {
        if (_next < _tokens.Count && string.Equals(_tokens[_next], token, StringComparison.Ordinal))
        {
            _next++;
            return true;
        }

        return false;
    }

    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var current = new System.Text.StringBuilder();
        void Flush()
        {
            if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                current.Append(text[++i]);
            }
            else if (c is '(' or ')')
            {
                Flush();
                tokens.Add(c.ToString());
            }
            else if (char.IsWhiteSpace(c))
            {
                Flush();
            }
            else
            {
                current.Append(c);
            }
        }

        Flush();
        return tokens;
    }

    private FormatException Error(string what) => new($"The tag expression \"{_text}\" {what}.");
}
