using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Paths.Filters;

/// <summary>A compiled filter <c>[?(...)]</c> condition, tested against one candidate value.</summary>
internal abstract class FilterExpression
{
    /// <summary>Whether the condition holds for <paramref name="current"/> (<c>@</c>); <paramref name="root"/> is <c>$</c>.</summary>
    public abstract bool Matches(JsonValue current, JsonValue root);
}
