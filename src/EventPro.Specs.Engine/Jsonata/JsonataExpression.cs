using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata.Evaluation;
using EventPro.Specs.Engine.Jsonata.Parsing;

namespace EventPro.Specs.Engine.Jsonata;

/// <summary>
/// A compiled JSONata expression (JSONata 2.0.6, the version AWS Step Functions runs, with the
/// functions Step Functions adds and without <c>$eval</c>). Compile once; the compiled tree is
/// immutable, so <see cref="Evaluate"/> may run any number of times, concurrently.
/// </summary>
public sealed class JsonataExpression
{
    private readonly Node _root;

    private JsonataExpression(string text, Node root)
    {
        Text = text;
        _root = root;
    }

    /// <summary>The expression text.</summary>
    public string Text { get; }

    /// <summary>Parses <paramref name="text"/>; syntax errors throw <see cref="JsonataException"/> (S0xxx) with a position.</summary>
    public static JsonataExpression Compile(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new JsonataExpression(text, Parser.Parse(text));
    }

    /// <summary>
    /// Evaluates the expression against <paramref name="input"/> (null: no input). Returns null
    /// when the result is undefined (JSONata's empty sequence). Runtime errors throw
    /// <see cref="JsonataException"/> with the reference error code; a function-valued result
    /// throws <see cref="JsonataUnsupportedResultException"/>.
    /// </summary>
    public JsonValue? Evaluate(JsonValue? input, JsonataEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var result = new Evaluator(environment).Run(_root, input);
        return ResultConverter.ToJson(result);
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
