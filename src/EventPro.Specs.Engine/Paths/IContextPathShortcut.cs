using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Paths;

/// <summary>
/// An evaluation context that can answer some context paths (<c>$$...</c>) without building the
/// whole Context object, for contexts that would otherwise build one per evaluation.
/// </summary>
internal interface IContextPathShortcut
{
    /// <summary>
    /// True when the context answered <paramref name="path"/> itself, with <paramref name="found"/>
    /// what <c>path.Select(ContextObject)</c> would give (null: nothing there); false when the path
    /// must be selected from <see cref="IEvaluationContext.ContextObject"/>.
    /// </summary>
    bool TrySelect(JsonPath path, out JsonValue? found);
}
