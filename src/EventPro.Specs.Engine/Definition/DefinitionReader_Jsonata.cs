using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata;
using EventPro.Specs.Engine.Queries;
using EventPro.Specs.Engine.Validation;

namespace EventPro.Specs.Engine.Definition;

/// <summary>
/// Compiling the JSONata parts of a JSONata state ("Transforming data with JSONata in Step
/// Functions"): every string of the form <c>{% %}</c> is an expression compiled once here, and the
/// fields that took a path in JSONPath (SecondsPath, ItemsPath, ErrorPath...) take an expression in
/// the plain field instead. The state readers decide which fields a JSONata state has (the JSONPath
/// ones are explained by <see cref="StateFields"/>); these helpers only compile, and report an
/// expression that does not compile through the collector like every other definition problem.
/// </summary>
internal sealed partial class DefinitionReader
{
    /// <summary>
    /// The Assign block of a JSONata state, rule or catcher, compiled (any values, with <c>{% %}</c>
    /// expressions anywhere inside); null in a JSONPath node, when absent, or when not an object
    /// (<see cref="ReadAssign"/> reports that).
    /// </summary>
    private JsonataTemplate? ReadJsonataAssign(DefinitionNode node) =>
        node.Language == QueryLanguage.Jsonata && node.Raw("Assign") is JsonObject ? ReadJsonataTemplate(node, "Assign") : null;

    /// <summary>Compiles a field that may hold <c>{% %}</c> strings anywhere inside; null when absent or when an expression does not compile (reported).</summary>
    private JsonataTemplate? ReadJsonataTemplate(DefinitionNode node, string field)
    {
        var raw = node.Raw(field);
        if (raw is null)
        {
            return null;
        }

        try
        {
            return JsonataTemplate.Compile(raw, field);
        }
        catch (JsonataDefinitionException e)
        {
            Report(AslCodes.InvalidValue, node.PointerOf(field) + e.Pointer, node.StateName, e.Message);
            return null;
        }
    }

    /// <summary>
    /// Compiles a field written as one <c>{% %}</c> string in a JSONata node (Seconds, Timestamp,
    /// TimeoutSeconds, Condition, Error, MaxConcurrency...); null when the field is absent, holds a
    /// plain value (the state reader checks that), or does not compile (reported in AWS's words).
    /// </summary>
    private static JsonataField? ReadJsonataField(DefinitionNode node, string field)
    {
        if (node.Raw(field) is not JsonString text || !node.IsExpression(text))
        {
            return null;
        }

        try
        {
            return JsonataField.Compile(text.Value, field);
        }
        catch (JsonataException e)
        {
            node.Report(AslCodes.InvalidValue, field, $"The JSONata expression specified for the field '{field}' is not valid: {e.Code}: {e.Message}");
            return null;
        }
    }
}
