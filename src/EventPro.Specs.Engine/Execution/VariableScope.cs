using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Execution;

/// <summary>
/// Workflow variables set by <c>Assign</c>. A Parallel branch or Map iteration gets a child scope:
/// it reads the outer variables but its own assignments stay inside it (AWS "Variable scope").
/// </summary>
internal sealed class VariableScope
{
    /// <summary>No variables: what a branch without variables of its own or outside reads. Never assigned to.</summary>
    public static readonly VariableScope Empty = new(null);

    private readonly VariableScope? _parent;
    private Dictionary<string, JsonValue>? _values;

    public VariableScope(VariableScope? parent) => _parent = parent;

    public bool TryGet(string name, out JsonValue value)
    {
        for (var scope = this; scope is not null; scope = scope._parent)
        {
            if (scope._values is not null && scope._values.TryGetValue(name, out value!))
            {
                return true;
            }
        }

        value = JsonNull.Instance;
        return false;
    }

    /// <summary>Every variable this scope can read, an inner value hiding an outer one of the same name.</summary>
    public IEnumerable<KeyValuePair<string, JsonValue>> Visible()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var scope = this; scope is not null; scope = scope._parent)
        {
            if (scope._values is null)
            {
                continue;
            }

            foreach (var pair in scope._values)
            {
                if (seen.Add(pair.Key))
                {
                    yield return pair;
                }
            }
        }
    }

    public void Set(JsonObject assignments)
    {
        _values ??= new Dictionary<string, JsonValue>(StringComparer.Ordinal);
        foreach (var (name, value) in assignments.AsSpan())
        {
            _values[name] = value;
        }
    }
}
