using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata;

namespace EventPro.Specs.Engine.Queries;

/// <summary>
/// One <c>"{% expression %}"</c> string of a JSONata state, compiled once, with the field it sits in
/// (<c>Output/result</c>, <c>Items</c>, <c>Condition</c>) for AWS's error messages. AWS treats a
/// string as an expression only when it begins with <c>{%</c> and ends with <c>%}</c> exactly: a
/// string such as <c>" {% states.input %} "</c> is a literal (recorded on AWS by LocalStack's
/// outputdecl BASE_LITERALS case). Expressions see no context value (<c>$</c>): the state's data is
/// reached through <c>$states</c> and variables ("Transforming data with JSONata in Step Functions").
/// </summary>
public sealed class JsonataField
{
    private const string Opening = "{%";
    private const string Closing = "%}";

    private JsonataField(string text, string location, JsonataExpression expression)
    {
        Text = text;
        Location = location;
        Expression = expression;
    }

    /// <summary>The expression as written between <c>{%</c> and <c>%}</c>, trimmed (as AWS quotes it).</summary>
    public string Text { get; }

    /// <summary>The field path, e.g. <c>Output/result</c> (the <c>location</c> of an EvaluationFailed event).</summary>
    public string Location { get; }

    /// <summary>The compiled expression.</summary>
    public JsonataExpression Expression { get; }

    /// <summary>Whether <paramref name="text"/> is a JSONata expression string: <c>{%</c> at the very start and <c>%}</c> at the very end.</summary>
    public static bool IsExpression(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length >= Opening.Length + Closing.Length
            && text.StartsWith(Opening, StringComparison.Ordinal)
            && text.EndsWith(Closing, StringComparison.Ordinal);
    }

    /// <summary>Compiles an expression string; a syntax error throws <see cref="JsonataException"/> (S0xxx).</summary>
    /// <param name="text">The whole string, <c>{% ... %}</c> included.</param>
    /// <param name="location">The field path used in error messages.</param>
    public static JsonataField Compile(string text, string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (!IsExpression(text))
        {
            throw new ArgumentException($"'{text}' is not a JSONata expression string: it must begin with {Opening} and end with {Closing}.", nameof(text));
        }

        var inner = text[Opening.Length..^Closing.Length].Trim();
        return new JsonataField(inner, location, JsonataExpression.Compile(inner));
    }

    /// <summary>
    /// Evaluates the expression. Undefined, a function, or a JSONata error fail with
    /// States.QueryEvaluationError in AWS's words (<see cref="QueryEvaluationErrors"/>).
    /// </summary>
    public JsonValue Evaluate(JsonataEnvironment environment)
    {
        JsonValue? value;
        try
        {
            value = Expression.Evaluate(input: null, environment);
        }
        catch (JsonataUnsupportedResultException)
        {
            throw QueryEvaluationErrors.UnsupportedResult(this);
        }
        catch (JsonataException e)
        {
            throw QueryEvaluationErrors.Threw(this, e);
        }

        return value ?? throw QueryEvaluationErrors.Undefined(this);
    }

    /// <summary>Evaluates the expression and requires a value of <paramref name="kind"/>, else "returned an unexpected result type".</summary>
    public JsonValue EvaluateAs(JsonKind kind, JsonataEnvironment environment)
    {
        var value = Evaluate(environment);
        return value.Kind == kind ? value : throw QueryEvaluationErrors.UnexpectedType(this, KindName(kind), value);
    }

    /// <summary>Evaluates a field that must give a whole number within [<paramref name="min"/>, <paramref name="max"/>] (Seconds, TimeoutSeconds, MaxConcurrency...).</summary>
    public long EvaluateInteger(JsonataEnvironment environment, long min, long max)
    {
        var value = Evaluate(environment);
        if (value is JsonNumber n && n.TryGetInt64(out var whole) && whole >= min && whole <= max)
        {
            return whole;
        }

        // AWS's wording for these fields is not recorded; the message follows the recorded Items form.
        var expected = max == long.MaxValue ? $"integer >= {min}" : $"integer between {min} and {max}";
        throw QueryEvaluationErrors.UnexpectedType(this, expected, value);
    }

    /// <inheritdoc />
    public override string ToString() => $"{{% {Text} %}}";

    private static string KindName(JsonKind kind) => kind switch
    {
        JsonKind.Null => "null",
        JsonKind.Boolean => "boolean",
        JsonKind.Number => "number",
        JsonKind.String => "string",
        JsonKind.Array => "array",
        _ => "object",
    };
}
