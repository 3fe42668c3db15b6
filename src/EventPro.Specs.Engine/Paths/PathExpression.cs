using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Intrinsics;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Paths;

/// <summary>
/// A compiled value source of a JSONPath-language state: the value of a <c>.$</c> field, or of a
/// <c>...Path</c> field. One of an input path <c>$...</c>, a context path <c>$$...</c> (read from
/// <see cref="IEvaluationContext.ContextObject"/>), a variable path <c>$name...</c> (read from
/// <see cref="IEvaluationContext.TryGetVariable"/>) or an intrinsic call <c>States.X(...)</c>.
/// </summary>
public sealed class PathExpression
{
    private PathExpression(string text, PathExpressionKind kind, JsonPath? path, string? variableName, IntrinsicCall? call)
    {
        Text = text;
        Kind = kind;
        Path = path;
        VariableName = variableName;
        Call = call;
    }

    /// <summary>The expression as written.</summary>
    public string Text { get; }

    /// <summary>Where the value comes from.</summary>
    public PathExpressionKind Kind { get; }

    /// <summary>The JSONPath applied to the source (for a context path, <c>$$.a</c> becomes <c>$.a</c>; for a variable, the steps after its name); null for an intrinsic call.</summary>
    public JsonPath? Path { get; }

    /// <summary>The variable name of a variable path, without <c>$</c>.</summary>
    public string? VariableName { get; }

    /// <summary>The compiled call of an intrinsic expression.</summary>
    public IntrinsicCall? Call { get; }

    /// <summary>Whether the expression yields at most one value (always true for an intrinsic call).</summary>
    public bool IsDefinite => Path?.IsDefinite ?? true;

    /// <summary>
    /// Compiles an expression. Throws <see cref="PathSyntaxException"/> for a bad path and
    /// <see cref="IntrinsicSyntaxException"/> for a bad intrinsic call (or any call when
    /// <paramref name="allowIntrinsic"/> is false, as for InputPath and OutputPath).
    /// </summary>
    public static PathExpression Parse(string text, bool allowIntrinsic = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.StartsWith("States.", StringComparison.Ordinal))
        {
            if (!allowIntrinsic)
            {
                throw new PathSyntaxException(text, 0, "an intrinsic function is not allowed here");
            }

            return new PathExpression(text, PathExpressionKind.IntrinsicCall, null, null, IntrinsicCall.Parse(text));
        }

        return ParsePathRange(text, 0, text.Length);
    }

    /// <summary>Compiles the path (input, context or variable) in <c>text[start..end]</c>, reporting errors against the whole text.</summary>
    internal static PathExpression ParsePathRange(string text, int start, int end)
    {
        var pathText = text[start..end];
        if (start + 1 < end && text[start] == '$' && text[start + 1] == '$')
        {
            return new PathExpression(pathText, PathExpressionKind.ContextPath, JsonPath.ParseRange(text, start + 1, end, '$'), null, null);
        }

        if (start + 1 < end && text[start] == '$' && IsVariableChar(text[start + 1]) && !char.IsAsciiDigit(text[start + 1]))
        {
            var nameEnd = start + 1;
            while (nameEnd < end && IsVariableChar(text[nameEnd]))
            {
                nameEnd++;
            }

            var path = JsonPath.ParseRange(text, nameEnd, end, '\0');
            return new PathExpression(pathText, PathExpressionKind.VariablePath, path, text[(start + 1)..nameEnd], null);
        }

        return new PathExpression(pathText, PathExpressionKind.InputPath, JsonPath.ParseRange(text, start, end, '$'), null, null);
    }

    private static bool IsVariableChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>
    /// The value, or null when a path (or a path argument of an intrinsic call) selects nothing.
    /// An indefinite path yields an array of its matches. Throws States.IntrinsicFailure when an
    /// intrinsic function refuses its arguments.
    /// </summary>
    public JsonValue? Evaluate(JsonValue input, IEvaluationContext context) =>
        TryEvaluate(input, context, out var value, out _) ? value : null;

    /// <summary>
    /// The value for the field <paramref name="fieldName"/> (e.g. <c>value.$</c>, <c>ErrorPath</c>);
    /// when something selects nothing, fails as AWS does with States.Runtime: "The JSONPath '$.x'
    /// specified for the field 'value.$' could not be found in the input '{...}'".
    /// </summary>
    public JsonValue EvaluateField(JsonValue input, IEvaluationContext context, string fieldName)
    {
        if (TryEvaluate(input, context, out var value, out var missing))
        {
            return value;
        }

        throw new EvaluationException(
            StatesErrors.Runtime,
            $"The JSONPath '{missing.Text}' specified for the field '{fieldName}' could not be found in the input '{input.ToJson()}'");
    }

    /// <summary>Why the expression selects nothing, in Jayway's words ("No results for path: $['a']").</summary>
    public string ExplainNoMatch(JsonValue input, IEvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Kind switch
        {
            PathExpressionKind.InputPath => Path!.ExplainNoMatch(input),
            PathExpressionKind.ContextPath => Path!.ExplainNoMatch(context.ContextObject),
            PathExpressionKind.VariablePath when context.TryGetVariable(VariableName!, out var variable) => Path!.ExplainNoMatch(variable),
            PathExpressionKind.VariablePath => $"Undefined variable '${VariableName}'",
            _ => "No results for " + Text,
        };
    }

    /// <summary>Evaluates; on false, <paramref name="missing"/> is the path (this one or an intrinsic's argument) that selected nothing.</summary>
    internal bool TryEvaluate(JsonValue input, IEvaluationContext context, out JsonValue value, out PathExpression missing)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        JsonValue? found;
        switch (Kind)
        {
            case PathExpressionKind.IntrinsicCall:
                if (Call!.TryEvaluate(input, context, out value, out var argument))
                {
                    missing = this;
                    return true;
                }

                missing = argument!;
                return false;
            case PathExpressionKind.ContextPath:
                if (context is not IContextPathShortcut shortcut || !shortcut.TrySelect(Path!, out found))
                {
                    found = Path!.Select(context.ContextObject);
                }

                break;
            case PathExpressionKind.VariablePath:
                found = context.TryGetVariable(VariableName!, out var variable) ? Path!.Select(variable) : null;
                break;
            default:
                found = Path!.Select(input);
                break;
        }

        value = found ?? JsonNull.Instance;
        missing = this;
        return found is not null;
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
