using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Paths;

namespace EventPro.Specs.Engine.States;

/// <summary>
/// An InputPath, OutputPath or ResultPath field: absent means <c>$</c>; JSON <c>null</c> has its own
/// meaning (InputPath/OutputPath null give <c>{}</c>; ResultPath null discards the result).
/// </summary>
public sealed class OptionalPath
{
    /// <summary>The default <c>$</c>.</summary>
    public static readonly OptionalPath Root = new("$");

    /// <summary>An explicit JSON null.</summary>
    public static readonly OptionalPath Null = new(null);

    private OptionalPath(string? text)
    {
        Text = text;
        Expression = text is null ? null : PathExpression.Parse(text, allowIntrinsic: false);
    }

    /// <summary>The path text, or null for JSON null.</summary>
    public string? Text { get; }

    /// <summary>The compiled path, or null for JSON null.</summary>
    public PathExpression? Expression { get; }

    /// <summary>Whether the field was JSON null.</summary>
    public bool IsNull => Text is null;

    /// <summary>Whether the path is <c>$</c> (selects the whole input).</summary>
    public bool IsRoot => Text == "$";

    /// <summary>The reference path of a ResultPath field.</summary>
    public JsonPath? ReferencePath => Expression?.Path;

    /// <summary>Creates the field from its text (compiles it; syntax errors surface as PathSyntaxException).</summary>
    public static OptionalPath Of(string? text) => text switch
    {
        null => Null,
        "$" => Root,
        _ => new OptionalPath(text),
    };

    /// <summary>Applies the path to <paramref name="input"/>: null gives <c>{}</c>; a path that selects nothing fails with States.Runtime as AWS does.</summary>
    public JsonValue Select(JsonValue input, IEvaluationContext context) =>
        IsRoot ? input : PathSelection.Select(Expression, input, context);
}
