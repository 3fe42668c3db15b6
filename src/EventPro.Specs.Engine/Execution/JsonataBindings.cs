using System.Diagnostics.CodeAnalysis;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Queries;

namespace EventPro.Specs.Engine.Execution;

/// <summary>
/// What a JSONata expression of a state can name: <c>$states</c> and the workflow variables of the
/// state's scope (outer variables included: a Map iteration or Parallel branch reads them). A view,
/// not a copy: looking up a name walks the scope chain, so building it per evaluation costs nothing.
/// <c>$states</c> is reserved: it hides any variable of that name.
/// </summary>
internal sealed class JsonataBindings(JsonObject states, VariableScope variables) : IReadOnlyDictionary<string, JsonValue>
{
    public IEnumerable<string> Keys => this.Select(pair => pair.Key);

    public IEnumerable<JsonValue> Values => this.Select(pair => pair.Value);

    public int Count => Enumerable.Count(this);

    public JsonValue this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out JsonValue value)
    {
        if (key == StatesVariable.Name)
        {
            value = states;
            return true;
        }

        return variables.TryGet(key, out value);
    }

    public IEnumerator<KeyValuePair<string, JsonValue>> GetEnumerator()
    {
        yield return new(StatesVariable.Name, states);
        foreach (var pair in variables.Visible())
        {
            if (pair.Key != StatesVariable.Name)
            {
                yield return pair;
            }
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
