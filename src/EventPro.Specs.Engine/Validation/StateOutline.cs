using EventPro.Specs.Engine.Definition;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Validation;

/// <summary>One state as the validator's rules see it: its raw JSON with lenient accessors.</summary>
/// <param name="Name">The state's name.</param>
/// <param name="Pointer">JSON pointer of the state's object.</param>
/// <param name="Value">The state's object.</param>
/// <param name="Language">The query language in force for the state.</param>
/// <param name="Graph">The graph the state belongs to.</param>
internal sealed record StateOutline(string Name, string Pointer, JsonObject Value, QueryLanguage Language, GraphOutline Graph)
{
    /// <summary>The Type field when it is a string.</summary>
    public string? Type => String("Type");

    /// <summary>Whether the state ends its graph: End: true, or a Succeed or Fail state.</summary>
    public bool IsEnd => Value.GetOrNull("End") is JsonBoolean { Value: true } || Type is "Succeed" or "Fail";

    /// <summary>Whether the state is a Task, Parallel or Map (the types with Retry and Catch).</summary>
    public bool IsTaskLike => Type is "Task" or "Parallel" or "Map";

    /// <summary>The field's value when it is a string, else null.</summary>
    public string? String(string field) => Value.GetOrNull(field) is JsonString s ? s.Value : null;

    /// <summary>The field's value when it is an array, else null.</summary>
    public JsonArray? Array(string field) => Value.GetOrNull(field) as JsonArray;

    /// <summary>The pointer of <paramref name="field"/> in this state.</summary>
    public string PointerOf(string field) => JsonPointer.Append(Pointer, field);

    /// <summary>Every transition this state declares (Next, each Choice rule's Next, Default, each Catch Next) with its pointer; non-strings are skipped.</summary>
    public IEnumerable<(string Target, string Pointer)> Transitions()
    {
        if (String("Next") is { } next)
        {
            yield return (next, PointerOf("Next"));
        }

        foreach (var (item, pointer) in Items("Choices"))
        {
            if (item.GetOrNull("Next") is JsonString s)
            {
                yield return (s.Value, JsonPointer.Append(pointer, "Next"));
            }
        }

        if (String("Default") is { } defaultState)
        {
            yield return (defaultState, PointerOf("Default"));
        }

        foreach (var (item, pointer) in Items("Catch"))
        {
            if (item.GetOrNull("Next") is JsonString s)
            {
                yield return (s.Value, JsonPointer.Append(pointer, "Next"));
            }
        }
    }

    /// <summary>The object items of the array <paramref name="field"/> with their pointers (other items are skipped).</summary>
    public IEnumerable<(JsonObject Item, string Pointer)> Items(string field)
    {
        if (Array(field) is not { } array)
        {
            yield break;
        }

        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonObject o)
            {
                yield return (o, JsonPointer.Append(PointerOf(field), i));
            }
        }
    }
}
