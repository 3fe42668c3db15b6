using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Paths;

/// <summary>InputPath, OutputPath (and ItemsPath-like) selection with AWS's failure message.</summary>
public static class PathSelection
{
    /// <summary>
    /// Selects <paramref name="path"/> from the input. A null path (InputPath/OutputPath <c>null</c>)
    /// gives <c>{}</c>, as ASL specifies. A path that selects nothing fails with States.Runtime as
    /// AWS does: "Invalid path '$.x' : No results for path: $['x']".
    /// </summary>
    public static JsonValue Select(PathExpression? path, JsonValue input, IEvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (path is null)
        {
            return JsonObject.Empty;
        }

        if (path.Kind == PathExpressionKind.IntrinsicCall)
        {
            throw new ArgumentException($"'{path.Text}' is an intrinsic function call, not a path.", nameof(path));
        }

        return path.Evaluate(input, context)
            ?? throw new EvaluationException(StatesErrors.Runtime, $"Invalid path '{path.Text}' : {path.ExplainNoMatch(input, context)}");
    }
}
