using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Validation;

/// <summary>
/// Finds every mistake in an ASL definition before it runs: what AWS would refuse (errors) and what
/// it accepts but is a likely bug or against its best practices (warnings), each with the file,
/// line, column, state and JSON pointer. Unlike <see cref="StateMachine.Parse"/>, which stops at the
/// first problem, it reports them all; it never throws for a bad definition.
/// </summary>
public static class DefinitionValidator
{
    /// <summary>Validates the definition <paramref name="text"/>; <paramref name="source"/> is the file name to put in findings.</summary>
    /// <returns>The findings in document order (by line and column); empty when the definition is clean.</returns>
    public static IReadOnlyList<Finding> Validate(string text, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var map = new JsonSourceMap();
        JsonValue root;
        try
        {
            root = JsonParser.Parse(text, map);
        }
        catch (JsonParseException e)
        {
            var syntax = new Finding(FindingSeverity.Error, AslCodes.InvalidJson, source, e.Line, e.Column, null, string.Empty, $"the definition is not valid JSON: {e.Reason}");
            return Ordered([syntax, .. PlaceholderRules.CheckText(text, source)]);
        }

        if (root is not JsonObject obj)
        {
            return [new Finding(FindingSeverity.Error, AslCodes.NotAnObject, source, 1, 1, null, string.Empty, $"a state machine definition must be a JSON object with StartAt and States, not {root.TypeName}")];
        }

        var context = new ValidationContext(source, obj, map);
        SchemaRules.Check(context);
        GraphRules.Check(context);
        ChoiceRules.Check(context);
        ErrorHandlingRules.Check(context);
        PathRules.Check(context);
        PlaceholderRules.Check(context);
        BestPracticeRules.Check(context);
        return Ordered(WithoutNoise(context.Findings));
    }

    /// <summary>One finding per code and place; no warning where an error already points (the error says what to fix first).</summary>
    private static IEnumerable<Finding> WithoutNoise(IReadOnlyList<Finding> findings)
    {
        var errorPointers = findings.Where(f => f.IsError).Select(f => f.Pointer).ToHashSet(StringComparer.Ordinal);
        return findings
            .Where(f => f.IsError || !errorPointers.Contains(f.Pointer))
            .DistinctBy(f => (f.Code, f.Pointer, f.Message));
    }

    private static List<Finding> Ordered(IEnumerable<Finding> findings) =>
        [.. findings.OrderBy(f => f.Line).ThenBy(f => f.Column).ThenBy(f => f.Code, StringComparer.Ordinal)];
}
