using System.Text;
using System.Text.RegularExpressions;

namespace EventPro.Specs.Engine.Jsonata.Evaluation;

/// <summary>
/// A function signature in JSONata's syntax, e.g. <c>&lt;s-nn?:s&gt;</c>: one symbol per
/// parameter (<c>s</c> string, <c>n</c> number, <c>b</c> boolean, <c>l</c> null, <c>a</c> array,
/// <c>o</c> object, <c>f</c> function, <c>j</c> any JSON, <c>x</c> anything, <c>(..)</c> a choice),
/// modified by <c>?</c> (optional), <c>+</c> (one or more), <c>-</c> (use the context value when
/// missing) and <c>&lt;..&gt;</c> (array item type). As in the reference implementation, the
/// arguments' type symbols are matched against a regular expression built from the signature;
/// a non-array argument where an array is expected is wrapped in a singleton array.
/// </summary>
internal sealed class Signature
{
    private static readonly Dictionary<string, string> ArrayItemTypeNames = new(StringComparer.Ordinal)
    {
        ["a"] = "arrays",
        ["b"] = "booleans",
        ["f"] = "functions",
        ["n"] = "numbers",
        ["o"] = "objects",
        ["s"] = "strings",
    };

    private readonly List<Parameter> _parameters;
    private readonly Regex _regex;

    private Signature(string definition, List<Parameter> parameters)
    {
        Definition = definition;
        _parameters = parameters;
        var pattern = new StringBuilder("^");
        foreach (var parameter in parameters)
        {
            pattern.Append('(').Append(parameter.Regex).Append(')');
        }

        pattern.Append('$');
        _regex = new Regex(pattern.ToString(), RegexOptions.CultureInvariant);
    }

    /// <summary>The signature text.</summary>
    public string Definition { get; }

    /// <summary>The number of declared parameters.</summary>
    public int ParameterCount => _parameters.Count;

    /// <summary>Parses a signature; <paramref name="position"/> locates errors (S0401, S0402) in the expression.</summary>
    public static Signature Parse(string signature, int position)
    {
        var parameters = new List<Parameter>();
        Parameter? previous = null;
        var i = 1;
        while (i < signature.Length)
        {
            var symbol = signature[i];
            if (symbol == ':')
            {
                // The return type is not checked.
                break;
            }

            switch (symbol)
            {
                case 's' or 'n' or 'b' or 'l' or 'o':
                    previous = Add(parameters, new Parameter(symbol.ToString(), "[" + symbol + "m]"));
                    break;
                case 'a':
                    // Any value is accepted and treated as a singleton array.
                    previous = Add(parameters, new Parameter("a", "[asnblfom]"));
                    break;
                case 'f':
                    previous = Add(parameters, new Parameter("f", "f"));
                    break;
                case 'j':
                    previous = Add(parameters, new Parameter("j", "[asnblom]"));
                    break;
                case 'x':
                    previous = Add(parameters, new Parameter("x", "[asnblfom]"));
                    break;
                case '-':
                    previous!.Context = true;
                    previous.ContextRegex = new Regex("^" + previous.Regex, RegexOptions.CultureInvariant);
                    previous.Regex += "?";
                    break;
                case '?' or '+':
                    previous!.Regex += symbol;
                    break;
                case '(':
                    var endParen = FindClosing(signature, i, '(', ')');
                    var choice = signature.Substring(i + 1, endParen - i - 1);
                    if (choice.Contains('<', StringComparison.Ordinal))
                    {
                        throw JsonataErrors.WithValue("S0402", new Json.JsonString(choice), position + i);
                    }

                    previous = Add(parameters, new Parameter("(" + choice + ")", "[" + choice + "m]"));
                    i = endParen;
                    break;
                case '<':
                    if (previous is null || (previous.Type != "a" && previous.Type != "f"))
                    {
                        throw JsonataErrors.WithValue("S0401", previous is null ? null : new Json.JsonString(previous.Type), position + i);
                    }

                    var endAngle = FindClosing(signature, i, '<', '>');
                    previous.Subtype = signature.Substring(i + 1, endAngle - i - 1);
                    i = endAngle;
                    break;
            }

            i++;
        }

        return new Signature(signature, parameters);
    }

    /// <summary>
    /// Checks <paramref name="args"/> against the signature and returns the arguments to call
    /// with: the context value inserted for a missing <c>-</c> parameter, non-arrays wrapped where
    /// arrays are expected. Throws T0410 / T0411 / T0412 (the caller adds the function name).
    /// </summary>
    public object?[] Validate(IReadOnlyList<object?> args, object? context)
    {
        var supplied = new StringBuilder(args.Count);
        foreach (var arg in args)
        {
            supplied.Append(Values.Symbol(arg));
        }

        var symbols = supplied.ToString();
        var match = _regex.Match(symbols);
        if (!match.Success)
        {
            throw ValidationError(args, symbols);
        }

        var validated = new List<object?>(_parameters.Count + 1);
        var argIndex = 0;
        for (var p = 0; p < _parameters.Count; p++)
        {
            var parameter = _parameters[p];
            var matched = match.Groups[p + 1].Value;
            if (matched.Length == 0)
            {
                if (parameter.Context && parameter.ContextRegex is not null)
                {
                    var contextSymbol = Values.Symbol(context).ToString();
                    if (!parameter.ContextRegex.IsMatch(contextSymbol))
                    {
                        throw JsonataErrors.Argument("T0411", context, argIndex + 1);
                    }

                    validated.Add(context);
                }
                else
                {
                    validated.Add(argIndex < args.Count ? args[argIndex] : null);
                    argIndex++;
                }

                continue;
            }

            foreach (var single in matched)
            {
                var arg = argIndex < args.Count ? args[argIndex] : null;
                if (parameter.Type == "a")
                {
                    if (single == 'm')
                    {
                        arg = null;
                    }
                    else
                    {
                        if (parameter.Subtype is not null && !ArrayItemsMatch(parameter.Subtype, single, matched, arg))
                        {
                            ArrayItemTypeNames.TryGetValue(parameter.Subtype, out var typeName);
                            throw JsonataErrors.Argument("T0412", arg, argIndex + 1, typeName);
                        }

                        if (single != 'a')
                        {
                            var wrapped = new RuntimeArray(1);
                            wrapped.Add(arg);
                            arg = wrapped;
                        }
                    }
                }

                validated.Add(arg);
                argIndex++;
            }
        }

        return validated.ToArray();
    }

    private static bool ArrayItemsMatch(string subtype, char single, string matched, object? arg)
    {
        if (single != 'a')
        {
            return matched == subtype;
        }

        if (!Values.TryGetList(arg, out var items) || items.Count == 0)
        {
            return true;
        }

        var itemType = Values.Symbol(items[0]);
        if (itemType != subtype[0])
        {
            return false;
        }

        for (var i = 1; i < items.Count; i++)
        {
            if (Values.Symbol(items[i]) != itemType)
            {
                return false;
            }
        }

        return true;
    }

    private JsonataException ValidationError(IReadOnlyList<object?> args, string symbols)
    {
        // Find the first argument where a growing prefix of the pattern stops matching.
        var partial = new StringBuilder("^");
        var goodTo = 0;
        foreach (var parameter in _parameters)
        {
            partial.Append(parameter.Regex);
            var match = Regex.Match(symbols, partial.ToString(), RegexOptions.CultureInvariant);
            if (!match.Success)
            {
                break;
            }

            goodTo = match.Length;
        }

        return JsonataErrors.Argument("T0410", goodTo < args.Count ? args[goodTo] : null, goodTo + 1);
    }

    private static Parameter Add(List<Parameter> parameters, Parameter parameter)
    {
        parameters.Add(parameter);
        return parameter;
    }

    private static int FindClosing(string text, int start, char open, char close)
    {
        var depth = 1;
        var position = start;
        while (position < text.Length - 1)
        {
            position++;
            if (text[position] == close)
            {
                depth--;
                if (depth == 0)
                {
                    break;
                }
            }
            else if (text[position] == open)
            {
                depth++;
            }
        }

        return position;
    }

    private sealed class Parameter(string type, string regex)
    {
        public string Type { get; } = type;

        public string Regex { get; set; } = regex;

        public bool Context { get; set; }

        public Regex? ContextRegex { get; set; }

        public string? Subtype { get; set; }
    }
}
