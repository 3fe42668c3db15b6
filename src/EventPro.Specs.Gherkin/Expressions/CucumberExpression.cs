using System.Text;
using System.Text.RegularExpressions;

namespace EventPro.Specs.Gherkin.Expressions;

/// <summary>
/// A compiled Cucumber expression (cucumber/cucumber-expressions syntax): text; parameters
/// <c>{name}</c>; optional text <c>(s)</c>; alternatives <c>a/b</c>, bounded by whitespace and
/// parameters; <c>\</c> escapes <c>( ) { } / \</c>. It matches the whole step text.
/// </summary>
internal sealed class CucumberExpression : StepPattern
{
    private readonly Regex _regex;
    private readonly IReadOnlyList<ParameterType> _parameters;

    private CucumberExpression(string source, Regex regex, IReadOnlyList<ParameterType> parameters)
    {
        Source = source;
        _regex = regex;
        _parameters = parameters;
    }

    /// <inheritdoc />
    public override string Source { get; }

    /// <inheritdoc />
    public override bool IsRegex => false;

    /// <inheritdoc />
    public override int ArgumentCount => _parameters.Count;

    /// <summary>The regular expression the Cucumber expression compiles to.</summary>
    public string RegexText => _regex.ToString();

    /// <summary>Compiles an expression.</summary>
    /// <param name="expression">The expression as written.</param>
    /// <param name="parameterTypes">The known parameter types.</param>
    /// <param name="methodParameterTypes">The step method's parameter types, in order.</param>
    /// <returns>The compiled expression.</returns>
    /// <exception cref="StepPatternException">The syntax is invalid or a parameter type is unknown.</exception>
    public static CucumberExpression Compile(string expression, ParameterTypeRegistry parameterTypes, IReadOnlyList<Type> methodParameterTypes)
    {
        var nodes = new Parser(expression).ParseSequence(inOptional: false);
        var parameters = new List<ParameterType>();
        var regex = new StringBuilder("^");
        var run = new List<Node>();

        void FlushRun()
        {
            if (run.Count == 0)
            {
                return;
            }

            if (run.Any(n => n.Kind == NodeKind.Alternation))
            {
                var alternatives = Split(run);
                if (alternatives.Any(a => a.Count == 0 || a.All(n => n.Kind == NodeKind.Optional)))
                {
                    throw new StepPatternException($"The Cucumber expression \"{expression}\" has an empty alternative (or one made only of optional text) in '{string.Concat(run.Select(n => n.Source))}'.");
                }

                regex.Append("(?:").Append(string.Join("|", alternatives.Select(a => string.Concat(a.Select(ToRegex))))).Append(')');
            }
            else
            {
                regex.Append(string.Concat(run.Select(ToRegex)));
            }

            run.Clear();
        }

        foreach (var node in nodes)
        {
            switch (node.Kind)
            {
                case NodeKind.Whitespace:
                    FlushRun();
                    regex.Append(Regex.Escape(node.Text));
                    break;
                case NodeKind.Parameter:
                    FlushRun();
                    var hint = parameters.Count < methodParameterTypes.Count ? methodParameterTypes[parameters.Count] : null;
                    var type = parameterTypes.Find(node.Text, hint)
                        ?? throw new StepPatternException($"The Cucumber expression \"{expression}\" uses the undefined parameter type {{{node.Text}}}. Define it with [StepArgumentTransformation(\"regex\", Name = \"{node.Text}\")].");
                    regex.Append("(?<p").Append(parameters.Count).Append('>').Append(type.Regex).Append(')');
                    parameters.Add(type);
                    break;
                default:
                    run.Add(node);
                    break;
            }
        }

        FlushRun();
        regex.Append('$');
        return new CucumberExpression(expression, new Regex(regex.ToString(), RegexOptions.CultureInvariant), parameters);
    }

    /// <inheritdoc />
    public override IReadOnlyList<PatternArgument>? Match(string text)
    {
        var match = _regex.Match(text);
        if (!match.Success)
        {
            return null;
        }

        var arguments = new PatternArgument[_parameters.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            var type = _parameters[i];
            arguments[i] = new PatternArgument(type.Unwrap(match.Groups["p" + i].Value), type);
        }

        return arguments;
    }

    private static List<List<Node>> Split(List<Node> run)
    {
        var alternatives = new List<List<Node>> { new() };
        foreach (var node in run)
        {
            if (node.Kind == NodeKind.Alternation)
            {
                alternatives.Add([]);
            }
            else
            {
                alternatives[^1].Add(node);
            }
        }

        return alternatives;
    }

    private static string ToRegex(Node node) => node.Kind switch
    {
        NodeKind.Text or NodeKind.Whitespace => Regex.Escape(node.Text),
        NodeKind.Optional => "(?:" + string.Concat(node.Children.Select(ToRegex)) + ")?",
        NodeKind.Alternation => "/",
        _ => throw new InvalidOperationException($"Unexpected {node.Kind} node."),
    };

    private enum NodeKind
    {
        Text,
        Whitespace,
        Optional,
        Parameter,
        Alternation,
    }

    private sealed record Node(NodeKind Kind, string Text, IReadOnlyList<Node> Children, string Source);

    /// <summary>A recursive-descent parser over the expression's characters.</summary>
    private sealed class Parser(string expression)
    {
        private int _position;

        public List<Node> ParseSequence(bool inOptional)
        {
            var nodes = new List<Node>();
            var text = new StringBuilder();

            void FlushText()
            {
                if (text.Length > 0)
                {
                    nodes.Add(new Node(NodeKind.Text, text.ToString(), [], text.ToString()));
                    text.Clear();
                }
            }

            while (_position < expression.Length)
            {
                var c = expression[_position];
                switch (c)
                {
                    case '\\':
                        if (_position + 1 >= expression.Length)
                        {
                            throw Error("ends with a lone backslash");
                        }

                        text.Append(expression[_position + 1]);
                        _position += 2;
                        continue;
                    case '(':
                        if (inOptional)
                        {
                            throw Error("nests optional text inside optional text");
                        }

                        FlushText();
                        var start = _position++;
                        var children = ParseSequence(inOptional: true);
                        if (_position >= expression.Length || expression[_position] != ')')
                        {
                            throw Error($"opens optional text at column {start + 1} and never closes it");
                        }

                        _position++;
                        if (children.Count == 0)
                        {
                            throw Error($"has empty optional text at column {start + 1}");
                        }

                        if (children.Any(n => n.Kind == NodeKind.Parameter))
                        {
                            throw Error($"puts a parameter inside optional text at column {start + 1}");
                        }

                        nodes.Add(new Node(NodeKind.Optional, string.Empty, children, expression[start.._position]));
                        continue;
                    case ')':
                        if (inOptional)
                        {
                            FlushText();
                            return nodes;
                        }

                        throw Error($"closes optional text at column {_position + 1} that was never opened");
                    case '{':
                        FlushText();
                        nodes.Add(ParseParameter());
                        continue;
                    case '}':
                        throw Error($"closes a parameter at column {_position + 1} that was never opened");
                    case '/' when !inOptional:
                        FlushText();
                        nodes.Add(new Node(NodeKind.Alternation, "/", [], "/"));
                        _position++;
                        continue;
                    default:
                        if (char.IsWhiteSpace(c) && !inOptional)
                        {
                            FlushText();
                            nodes.Add(new Node(NodeKind.Whitespace, c.ToString(), [], c.ToString()));
                        }
                        else
                        {
                            text.Append(c);
                        }

                        _position++;
                        continue;
                }
            }

            FlushText();
            return nodes;
        }

        private Node ParseParameter()
        {
            var start = _position++;
            var name = new StringBuilder();
            while (_position < expression.Length && expression[_position] != '}')
            {
                var c = expression[_position];
                if (c is '{' or '(' or ')' or '/' or '\\')
                {
                    throw Error($"has the character '{c}' inside the parameter at column {start + 1}");
                }

                name.Append(c);
                _position++;
            }

            if (_position >= expression.Length)
            {
                throw Error($"opens a parameter at column {start + 1} and never closes it");
            }

            _position++;
            return new Node(NodeKind.Parameter, name.ToString(), [], expression[start.._position]);
        }

        private StepPatternException Error(string what) => new($"The Cucumber expression \"{expression}\" {what}.");
    }
}
