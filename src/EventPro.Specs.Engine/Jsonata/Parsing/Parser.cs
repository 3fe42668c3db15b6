using EventPro.Specs.Engine.Jsonata.Evaluation;
using EventPro.Specs.Engine.Jsonata.Lexing;

namespace EventPro.Specs.Engine.Jsonata.Parsing;

/// <summary>
/// A Pratt (top-down operator precedence) parser with the reference implementation's binding
/// powers, producing the raw tree that <see cref="AstProcessor"/> then rewrites.
/// </summary>
internal sealed class Parser
{
    private readonly string _source;
    private readonly Lexer _lexer;
    private Token _token = null!;
    private string _id = "(end)";

    private Parser(string source)
    {
        _source = source;
        _lexer = new Lexer(source);
    }

    /// <summary>Parses and rewrites an expression; throws <see cref="JsonataException"/> on syntax errors.</summary>
    public static Node Parse(string source)
    {
        var parser = new Parser(source);
        parser.Advance(null, afterOperand: false);
        var expression = parser.Expression(0);
        if (parser._id != "(end)")
        {
            throw JsonataErrors.Create("S0201", parser._token.Position, parser._token.Text);
        }

        return new AstProcessor().Process(expression);
    }

    // Left binding powers of the symbols (jsonata-js parser.js `operators`, as registered).
    private static int LeftBindingPower(string id) => id switch
    {
        "." => 75,
        "[" or "(" or "@" or "#" => 80,
        "{" => 70,
        "*" or "/" or "%" => 60,
        "+" or "-" or "&" => 50,
        "=" or "<" or ">" or "!=" or "<=" or ">=" or "^" or "~>" or "in" => 40,
        "and" => 30,
        "or" => 25,
        "?" => 20,
        ":=" => 10,
        _ => 0,
    };

    private static bool IsKnownOperator(string op) => op is "." or "[" or "]" or "{" or "}" or "(" or ")" or "," or "@" or "#"
        or ";" or ":" or "?" or "+" or "-" or "*" or "/" or "%" or "|" or "=" or "<" or ">" or "^" or "**" or ".."
        or ":=" or "!=" or "<=" or ">=" or "~>" or "and" or "or" or "in" or "&";

    private Token Advance(string? expected, bool afterOperand = false)
    {
        if (expected is not null && _id != expected)
        {
            var code = _id == "(end)" ? "S0203" : "S0202";
            throw JsonataErrors.WithValue(code, new Json.JsonString(expected), _token.Position, _token.Text);
        }

        var next = _lexer.Next(afterOperand);
        _token = next;
        _id = next.Kind switch
        {
            TokenKind.End => "(end)",
            TokenKind.Name or TokenKind.Variable => "(name)",
            TokenKind.String or TokenKind.Number or TokenKind.Value => "(literal)",
            TokenKind.Regex => "(regex)",
            _ => IsKnownOperator(next.Text) ? next.Text : throw JsonataErrors.Create("S0204", next.Position, next.Text),
        };
        return next;
    }

    private Node Expression(int rightBindingPower)
    {
        var token = _token;
        var id = _id;
        Advance(null, afterOperand: true);
        var left = Nud(token, id);
        while (rightBindingPower < LeftBindingPower(_id))
        {
            token = _token;
            id = _id;
            Advance(null);
            left = Led(token, id, left);
        }

        return left;
    }

    private Node Nud(Token token, string id)
    {
        switch (id)
        {
            case "(end)":
                throw JsonataErrors.Create("S0207", _source.Length, "(end)");
            case "(name)":
                return new Node(token.Kind == TokenKind.Variable ? NodeType.Variable : NodeType.Name, token.Text, token.Position);
            case "(literal)":
                return new Node(
                    token.Kind switch { TokenKind.String => NodeType.String, TokenKind.Number => NodeType.Number, _ => NodeType.Value },
                    token.Text,
                    token.Position) { Literal = token.Literal };
            case "(regex)":
                return new Node(NodeType.Regex, token.Text, token.Position) { Regex = JsonataRegex.Create(token.Regex!, token.Position) };
            case "and" or "or" or "in":
                // The keywords may be used as field names.
                return new Node(NodeType.Operator, id, token.Position);
            case "-":
                return new Node(NodeType.Unary, "-", token.Position) { Expression = Expression(70) };
            case "*":
                return new Node(NodeType.Wildcard, "*", token.Position);
            case "**":
                return new Node(NodeType.Descendant, "**", token.Position);
            case "%":
                return new Node(NodeType.Parent, "%", token.Position);
            case "(":
                return ParseBlock(token);
            case "[":
                return ParseArrayConstructor(token);
            case "{":
                return new Node(NodeType.Unary, "{", token.Position) { Pairs = ParseObjectPairs() };
            case "|":
                return ParseTransform(token);
            default:
                throw JsonataErrors.Create("S0211", token.Position, token.Text);
        }
    }

    private Node Led(Token token, string id, Node left)
    {
        switch (id)
        {
            case "(":
                return ParseCall(token, left);
            case "[":
                return ParsePredicate(token, left);
            case "^":
                return ParseOrderBy(token, left);
            case "{":
                return new Node(NodeType.Binary, "{", token.Position) { Lhs = left, Pairs = ParseObjectPairs() };
            case ":=":
                if (left.Type != NodeType.Variable)
                {
                    throw JsonataErrors.Create("S0212", left.Position, left.Value);
                }

                return new Node(NodeType.Binary, ":=", token.Position) { Lhs = left, Rhs = Expression(LeftBindingPower(":=") - 1) };
            case "@" or "#":
                var rhs = Expression(LeftBindingPower(id));
                if (rhs.Type != NodeType.Variable)
                {
                    throw JsonataErrors.Create("S0214", rhs.Position, id);
                }

                return new Node(NodeType.Binary, id, token.Position) { Lhs = left, Rhs = rhs };
            case "?":
                var condition = new Node(NodeType.Condition, "?", token.Position) { Condition = left, Then = Expression(0) };
                if (_id == ":")
                {
                    Advance(":");
                    condition.Else = Expression(0);
                }

                return condition;
            case "." or "+" or "-" or "*" or "/" or "%" or "=" or "<" or ">" or "!=" or "<=" or ">=" or "&" or "and" or "or" or "in" or "~>":
                return new Node(NodeType.Binary, id, token.Position) { Lhs = left, Rhs = Expression(LeftBindingPower(id)) };
            default:
                throw JsonataErrors.Create("S0201", token.Position, token.Text);
        }
    }

    private Node ParseBlock(Token token)
    {
        var expressions = new List<Node>();
        while (_id != ")")
        {
            expressions.Add(Expression(0));
            if (_id != ";")
            {
                break;
            }

            Advance(";");
        }

        Advance(")", afterOperand: true);
        return new Node(NodeType.Block, "(", token.Position) { Expressions = expressions };
    }

    private Node ParseArrayConstructor(Token token)
    {
        var items = new List<Node>();
        if (_id != "]")
        {
            while (true)
            {
                var item = Expression(0);
                if (_id == "..")
                {
                    var range = new Node(NodeType.Binary, "..", _token.Position) { Lhs = item };
                    Advance("..");
                    range.Rhs = Expression(0);
                    item = range;
                }

                items.Add(item);
                if (_id != ",")
                {
                    break;
                }

                Advance(",");
            }
        }

        Advance("]", afterOperand: true);
        return new Node(NodeType.Unary, "[", token.Position) { Expressions = items };
    }

    private List<ObjectPair> ParseObjectPairs()
    {
        var pairs = new List<ObjectPair>();
        if (_id != "}")
        {
            while (true)
            {
                var key = Expression(0);
                Advance(":");
                var value = Expression(0);
                pairs.Add(new ObjectPair(key, value));
                if (_id != ",")
                {
                    break;
                }

                Advance(",");
            }
        }

        Advance("}", afterOperand: true);
        return pairs;
    }

    private Node ParseTransform(Token token)
    {
        var node = new Node(NodeType.Transform, "|", token.Position) { Pattern = Expression(0) };
        Advance("|");
        node.Update = Expression(0);
        if (_id == ",")
        {
            Advance(",");
            node.Delete = Expression(0);
        }

        Advance("|");
        return node;
    }

    private Node ParseCall(Token token, Node left)
    {
        var node = new Node(NodeType.Function, "(", token.Position) { Procedure = left, Arguments = [] };
        if (_id != ")")
        {
            while (true)
            {
                if (_token.Kind == TokenKind.Operator && _id == "?")
                {
                    node.Type = NodeType.Partial;
                    node.Arguments.Add(new Node(NodeType.Operator, "?", _token.Position));
                    Advance("?");
                }
                else
                {
                    node.Arguments.Add(Expression(0));
                }

                if (_id != ",")
                {
                    break;
                }

                Advance(",");
            }
        }

        Advance(")", afterOperand: true);

        if (left.Type == NodeType.Name && left.Value is "function" or "\u03BB")
        {
            return ParseLambda(node);
        }

        return node;
    }

    private Node ParseLambda(Node call)
    {
        var parameters = new List<string>();
        for (var i = 0; i < call.Arguments!.Count; i++)
        {
            var argument = call.Arguments[i];
            if (argument.Type != NodeType.Variable)
            {
                throw JsonataErrors.WithValue("S0208", Json.JsonNumber.From(i + 1), argument.Position, argument.Value);
            }

            parameters.Add(argument.Value);
        }

        var lambda = new Node(NodeType.Lambda, "function", call.Position) { Parameters = parameters };
        if (_id == "<")
        {
            var signaturePosition = _token.Position;
            var depth = 1;
            var text = new System.Text.StringBuilder("<");
            while (depth > 0 && _id != "{" && _id != "(end)")
            {
                var next = Advance(null);
                if (_id == ">")
                {
                    depth--;
                }
                else if (_id == "<")
                {
                    depth++;
                }

                text.Append(next.Text);
            }

            Advance(">");
            lambda.Signature = Signature.Parse(text.ToString(), signaturePosition);
        }

        Advance("{");
        lambda.Body = Expression(0);
        Advance("}");
        return lambda;
    }

    private Node ParsePredicate(Token token, Node left)
    {
        if (_id == "]")
        {
            // An empty predicate keeps singleton arrays: flag the innermost step.
            var step = left;
            while (step.Type == NodeType.Binary && step.Value == "[")
            {
                step = step.Lhs!;
            }

            step.KeepArray = true;
            Advance("]");
            return left;
        }

        var node = new Node(NodeType.Binary, "[", token.Position) { Lhs = left, Rhs = Expression(0) };
        Advance("]", afterOperand: true);
        return node;
    }

    private Node ParseOrderBy(Token token, Node left)
    {
        Advance("(");
        var terms = new List<SortTerm>();
        while (true)
        {
            var descending = false;
            if (_id == "<")
            {
                Advance("<");
            }
            else if (_id == ">")
            {
                descending = true;
                Advance(">");
            }

            terms.Add(new SortTerm(Expression(0), descending));
            if (_id != ",")
            {
                break;
            }

            Advance(",");
        }

        Advance(")");
        return new Node(NodeType.Binary, "^", token.Position) { Lhs = left, Terms = terms };
    }
}
