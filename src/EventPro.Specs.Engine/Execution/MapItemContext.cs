using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Paths;
using EventPro.Specs.Engine.Paths.Steps;

namespace EventPro.Specs.Engine.Execution;

/// <summary>
/// What a JSONPath Map's ItemSelector sees for one item: the state's context plus <c>$$.Map.Item</c>
/// (Index and Value). One instance serves a whole Map attempt, moved from item to item with
/// <see cref="For"/>: an ItemSelector is evaluated synchronously before its iteration starts and its
/// result never refers to the context, so one allocation replaces one per item.
/// </summary>
internal sealed class MapItemContext(StateRun owner) : IEvaluationContext, IContextPathShortcut
{
    private int _index;
    private JsonValue _value = JsonNull.Instance;
    private JsonObject? _context;

    /// <summary>Points this context at the item at <paramref name="index"/>, whose value is <paramref name="value"/>.</summary>
    public MapItemContext For(int index, JsonValue value)
    {
        _index = index;
        _value = value;
        _context = null;
        return this;
    }

    /// <inheritdoc />
    public JsonValue ContextObject => _context ??= owner.BuildMapItemContext(_index, _value);

    /// <inheritdoc />
    public Random Random => owner.Random;

    /// <inheritdoc />
    public bool TryGetVariable(string name, out JsonValue value) => owner.TryGetVariable(name, out value);

    /// <summary>
    /// Answers <c>$$.Map.Item.Index</c> and <c>$$.Map.Item.Value...</c>, what ItemSelectors read,
    /// from the item itself: building the Context object copies the state's context and adds three
    /// objects for every item. Map.Item holds only Index and Value, so any other member is absent.
    /// </summary>
    public bool TrySelect(JsonPath path, out JsonValue? found)
    {
        var steps = path.Steps;
        if (!path.IsReferencePath || steps.Count < 3
            || steps[0] is not PropertyStep { Name: "Map" } || steps[1] is not PropertyStep { Name: "Item" } || steps[2] is not PropertyStep member)
        {
            found = null;
            return false;
        }

        var start = member.Name switch
        {
            "Index" => (JsonValue)_index,
            "Value" => _value,
            _ => null,
        };
        found = start is null ? null : path.SelectFrom(start, 3);
        return true;
    }
}
