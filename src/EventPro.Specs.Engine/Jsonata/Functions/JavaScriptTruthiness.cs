using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Jsonata.Functions;

/// <summary>
/// JavaScript's truthiness, which the reference applies (instead of JSONata's $boolean) to the
/// result of a $sort comparator: only undefined, null, false, 0 and "" are false.
/// </summary>
internal static class JavaScriptTruthiness
{
    /// <summary>Whether JavaScript would treat the value as true in an <c>if</c>.</summary>
    public static bool IsTruthy(object? value) => value switch
    {
        null or JsonNull => false,
        JsonBoolean b => b.Value,
        JsonNumber n => n.Value != 0,
        JsonString s => s.Value.Length > 0,
        _ => true,
    };
}
