namespace EventPro.Specs.Engine.Json;

/// <summary>Builds a <see cref="JsonObject"/>: setting a key again replaces its value and keeps its first position.</summary>
public sealed class JsonObjectBuilder
{
    private readonly List<KeyValuePair<string, JsonValue>> _members;
    private Dictionary<string, int>? _index;

    /// <summary>Creates an empty builder.</summary>
    public JsonObjectBuilder(int capacity = 4) => _members = new List<KeyValuePair<string, JsonValue>>(capacity);

    /// <summary>Creates a builder that starts with the members of <paramref name="source"/>.</summary>
    public JsonObjectBuilder(JsonObject source)
    {
        _members = new List<KeyValuePair<string, JsonValue>>(source.Count + 2);
        foreach (var member in source.AsSpan())
        {
            _members.Add(member);
        }
    }

    /// <summary>The number of members so far.</summary>
    public int Count => _members.Count;

    /// <summary>Sets a member.</summary>
    public JsonValue this[string key]
    {
        set
        {
            var i = IndexOf(key);
            if (i >= 0)
            {
                _members[i] = new(key, value);
            }
            else
            {
                _index?.Add(key, _members.Count);
                _members.Add(new(key, value));
            }
        }
    }

    /// <summary>Whether <paramref name="key"/> is set.</summary>
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <summary>Removes <paramref name="key"/> if set.</summary>
    public void Remove(string key)
    {
        var i = IndexOf(key);
        if (i >= 0)
        {
            _members.RemoveAt(i);
            _index = null;
        }
    }

    /// <summary>The finished object; the builder can be used again afterwards without affecting it.</summary>
    public JsonObject Build() => JsonObject.Adopt(_members.ToArray());

    private int IndexOf(string key)
    {
        if (_index is null && _members.Count > 8)
        {
            _index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < _members.Count; i++)
            {
                _index[_members[i].Key] = i;
            }
        }

        if (_index is not null)
        {
            return _index.TryGetValue(key, out var found) ? found : -1;
        }

        for (var i = 0; i < _members.Count; i++)
        {
            if (string.Equals(_members[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
