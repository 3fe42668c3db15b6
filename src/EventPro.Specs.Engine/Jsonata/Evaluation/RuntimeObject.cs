namespace EventPro.Specs.Engine.Jsonata.Evaluation;

/// <summary>
/// An object built during evaluation (object constructors, grouping, $merge, transforms). Unlike
/// <see cref="Json.JsonObject"/> its values are runtime values, so it can hold functions and
/// constructed arrays, which keep their flags. Keys keep insertion order; it is only changed
/// while being built.
/// </summary>
internal sealed class RuntimeObject
{
    private readonly List<string> _keys;
    private readonly List<object> _values;
    private Dictionary<string, int>? _index;

    /// <summary>Creates an empty object.</summary>
    public RuntimeObject(int capacity = 4)
    {
        _keys = new List<string>(capacity);
        _values = new List<object>(capacity);
    }

    /// <summary>The number of members.</summary>
    public int Count => _keys.Count;

    /// <summary>The key at a position.</summary>
    public string KeyAt(int index) => _keys[index];

    /// <summary>The value at a position.</summary>
    public object ValueAt(int index) => _values[index];

    /// <summary>Sets a member: a new key is appended, an existing one keeps its position.</summary>
    public void Set(string key, object value)
    {
        var i = IndexOf(key);
        if (i >= 0)
        {
            _values[i] = value;
            return;
        }

        _index?.Add(key, _keys.Count);
        _keys.Add(key);
        _values.Add(value);
    }

    /// <summary>Removes a member if present.</summary>
    public void Remove(string key)
    {
        var i = IndexOf(key);
        if (i >= 0)
        {
            _keys.RemoveAt(i);
            _values.RemoveAt(i);
            _index = null;
        }
    }

    /// <summary>Looks up a member.</summary>
    public bool TryGetValue(string key, out object? value)
    {
        var i = IndexOf(key);
        value = i >= 0 ? _values[i] : null;
        return i >= 0;
    }

    private int IndexOf(string key)
    {
        if (_index is null && _keys.Count > 8)
        {
            _index = new Dictionary<string, int>(_keys.Count * 2, StringComparer.Ordinal);
            for (var i = 0; i < _keys.Count; i++)
            {
                _index[_keys[i]] = i;
            }
        }

        if (_index is not null)
        {
            return _index.TryGetValue(key, out var found) ? found : -1;
        }

        for (var i = 0; i < _keys.Count; i++)
        {
            if (string.Equals(_keys[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
