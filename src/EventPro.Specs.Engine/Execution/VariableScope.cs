using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Execution;

/// <summary>
/// Workflow variables set by <c>Assign</c>. A Parallel branch or Map iteration gets a child scope:
/// it reads the outer variables but its own assignments stay inside it (AWS "Variable scope").
/// </summary>
internal sealed class VariableScope
{
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

    public void Set(JsonObject assignments)
    {
        _values ??= new Dictionary<string, JsonValue>(StringComparer.Ordinal);
        foreach (var (name, value) in assignments.AsSpan())
        {
            _values[name] = value;
        }
    }
}
