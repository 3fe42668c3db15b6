using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Paths.Steps;

namespace EventPro.Specs.Engine.Paths;

/// <summary>
/// Applies a ResultPath (a Reference Path) to a state's input: <c>$</c> replaces the input with
/// the result; <c>$.a.b</c> returns a copy of the input with <c>a.b</c> set, creating missing
/// intermediate objects and sharing every untouched subtree (only the objects on the path are
/// copied). ResultPath null (discard the result) is the caller's business.
/// </summary>
public static class ResultPathMerge
{
    /// <summary>
    /// Places <paramref name="result"/> in <paramref name="input"/> at <paramref name="resultPath"/>.
    /// When the input, or a value on the way, is not an object (or, for an index step, not an array
    /// holding that index), fails with States.ResultPathMatchFailure as AWS does: "Unable to apply
    /// ReferencePath $.a.b to input \"text\"".
    /// </summary>
    public static JsonValue Apply(JsonPath resultPath, JsonValue input, JsonValue result)
    {
        ArgumentNullException.ThrowIfNull(resultPath);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(result);
        if (!resultPath.IsReferencePath)
        {
            throw new ArgumentException($"ResultPath must be a Reference Path, but '{resultPath.Text}' is not.", nameof(resultPath));
        }

        return resultPath.Steps.Count == 0
            ? result
            : Set(input, resultPath.Steps, 0, result) ?? throw Failure(resultPath, input);
    }

    /// <summary>The node with the value at <c>steps[index..]</c> replaced, or null when the path cannot be applied.</summary>
    private static JsonValue? Set(JsonValue node, IReadOnlyList<PathStep> steps, int index, JsonValue result)
    {
        var isLast = index == steps.Count - 1;
        switch (steps[index])
        {
            case PropertyStep property when node is JsonObject o:
            {
                var child = isLast ? result : Set(o.GetOrNull(property.Name) ?? JsonObject.Empty, steps, index + 1, result);
                return child is null ? null : o.With(property.Name, child);
            }

            case IndexStep item when node is JsonArray a && item.Index < a.Count:
            {
                var child = isLast ? result : Set(a[item.Index], steps, index + 1, result);
                return child is null ? null : a.SetItem(item.Index, child);
            }

            default:
                return null;
        }
    }

    private static EvaluationException Failure(JsonPath resultPath, JsonValue input) =>
        new(StatesErrors.ResultPathMatchFailure, $"Unable to apply ReferencePath {resultPath.Text} to input {input.ToJson()}");
}
