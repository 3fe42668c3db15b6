using System.Text.RegularExpressions;
using EventPro.Specs.Engine.Definition;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Validation;

/// <summary>
/// Paths and expressions beyond their syntax (every JSONPath, reference path, intrinsic name and
/// arity is compiled by the engine's reader): values that are written in one query language's
/// syntax but will be taken literally.
/// </summary>
internal static partial class PathRules
{
    /// <summary>Fields holding nested graphs: their states are checked on their own.</summary>
    private static readonly string[] NestedGraphs = ["Branches", "ItemProcessor", "Iterator"];

    /// <summary>The JSONPath templates whose <c>.$</c> keys are evaluated (Result is always literal).</summary>
    private static readonly string[] Templates = ["Parameters", "ResultSelector", "ItemSelector", "Assign"];

    public static void Check(ValidationContext context)
    {
        foreach (var state in context.States)
        {
            foreach (var (key, value) in state.Value.AsSpan())
            {
                if (!NestedGraphs.Contains(key) && key != "Comment")
                {
                    Walk(context, state, value, state.PointerOf(key), isTemplate: state.Language == QueryLanguage.JsonPath && Templates.Contains(key));
                }
            }
        }
    }

    private static void Walk(ValidationContext context, StateOutline state, JsonValue value, string pointer, bool isTemplate)
    {
        switch (value)
        {
            case JsonString s when state.Language == QueryLanguage.JsonPath && JsonataText.IsExpression(s.Value):
                context.Warning(AslCodes.JsonataExpressionInJsonPathState, pointer, state.Name, "this {% %} expression is passed as plain text because the state uses JSONPath: set \"QueryLanguage\": \"JSONata\" on the state or the state machine");
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(context, state, array[i], JsonPointer.Append(pointer, i), isTemplate);
                }

                break;
            case JsonObject o:
                foreach (var (key, member) in o.AsSpan())
                {
                    var memberPointer = JsonPointer.Append(pointer, key);
                    CheckKey(context, state, key, member, memberPointer, isTemplate);
                    Walk(context, state, member, memberPointer, isTemplate);
                }

                break;
        }
    }

    private static void CheckKey(ValidationContext context, StateOutline state, string key, JsonValue member, string pointer, bool isTemplate)
    {
        if (state.Language == QueryLanguage.Jsonata && key.EndsWith(".$", StringComparison.Ordinal))
        {
            context.Warning(AslCodes.DynamicKeyInJsonataState, pointer, state.Name, $"'{key}' is not evaluated in a JSONata state, the key keeps its .$: name it '{key[..^2]}' and write the value as a {{% %}} expression");
        }
        else if (isTemplate && !key.EndsWith(".$", StringComparison.Ordinal) && member is JsonString s && LooksLikePathOrCall().IsMatch(s.Value))
        {
            context.Warning(AslCodes.DynamicValueWithoutSuffix, pointer, state.Name, $"'{s.Value}' is passed as plain text because the key '{key}' does not end in .$: name it '{key}.$' to evaluate it");
        }
    }

    /// <summary>A path with at least one step ($.x, $$.x, $['x']) or a whole intrinsic call (States.Name(...)); a lone "$" or "$USD" is ordinary text.</summary>
    [GeneratedRegex(@"^(\$\$?[.\[]|States\.[A-Za-z0-9]+\(.*\)$)", RegexOptions.CultureInvariant)]
    private static partial Regex LooksLikePathOrCall();
}
