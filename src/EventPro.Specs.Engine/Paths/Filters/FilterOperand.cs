using System.Text.RegularExpressions;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Paths.Filters;

/// <summary>One side of a comparison in a filter: a literal, a path (<c>@...</c> or <c>$...</c>) or a regular expression.</summary>
internal abstract class FilterOperand
{
    /// <summary>The operand's value, or null when a path selects nothing (Jayway's "undefined").</summary>
    public abstract JsonValue? Resolve(JsonValue current, JsonValue root);
}

/// <summary>A literal: string, number, boolean, null, or a JSON array or object.</summary>
internal sealed class LiteralOperand(JsonValue value) : FilterOperand
{
    public JsonValue Value { get; } = value;

    public override JsonValue? Resolve(JsonValue current, JsonValue root) => Value;
}

/// <summary><c>@.x</c> (relative to the candidate) or <c>$.x</c> (from the document root).</summary>
internal sealed class PathOperand(JsonPath path, bool fromRoot) : FilterOperand
{
    public override JsonValue? Resolve(JsonValue current, JsonValue root) => path.Select(fromRoot ? root : current, root);

    public bool Exists(JsonValue current, JsonValue root)
    {
        var found = Resolve(current, root);
        return path.IsDefinite ? found is not null : found is JsonArray { Count: > 0 };
    }
}

/// <summary><c>/pattern/flags</c> for <c>=~</c>; like Java's Matcher.matches() it must match the whole string.</summary>
internal sealed class RegexOperand(Regex regex) : FilterOperand
{
    public override JsonValue? Resolve(JsonValue current, JsonValue root) => null;

    public bool IsMatch(JsonValue? value)
    {
        // Jayway matches strings, and the text of numbers and booleans; anything else never matches.
        var input = value switch
        {
            JsonString s => s.Value,
            JsonNumber n => n.Format(),
            JsonBoolean b => b.Value ? "true" : "false",
            _ => null,
        };
        return input is not null && regex.IsMatch(input);
    }
}
