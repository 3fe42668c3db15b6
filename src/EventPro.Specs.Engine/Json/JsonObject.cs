using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace EventPro.Specs.Engine.Json;

/// <summary>
/// An immutable JSON object that keeps its keys in insertion order (AWS writes outputs in the
/// order their fields were built; States.JsonToString and Format rely on it). Small objects are
/// searched linearly; larger ones build a key index on first lookup.
/// </summary>
public sealed class JsonObject : JsonValue, IReadOnlyList<KeyValuePair<string, JsonValue>>
{
    // Linear search beats building a hash index for the objects states pass around; only large
    // objects get an index, because every ResultPath merge creates a new object that would rebuild it.
    private const int IndexThreshold = 32;

    // The key index of a large object lives beside it rather than in a field: every state builds
    // objects (Parameters, ResultPath merges), few of them large, and a field made each 8 bytes bigger.
    private static readonly ConditionalWeakTable<JsonObject, Dictionary<string, int>> Indexes = new();

    /// <summary>The empty object.</summary>
    public static readonly JsonObject Empty = new([]);

    private readonly KeyValuePair<string, JsonValue>[] _members;

    private JsonObject(KeyValuePair<string, JsonValue>[] members) => _members = members;

    /// <summary>Wraps members with unique keys that the caller hands over and never changes again (no copy).</summary>
    internal static JsonObject Adopt(KeyValuePair<string, JsonValue>[] members) => members.Length == 0 ? Empty : new JsonObject(members);

    /// <summary>An object of the given members; a repeated key keeps its first position and its last value.</summary>
    public static JsonObject From(IEnumerable<KeyValuePair<string, JsonValue>> members)
    {
        var builder = new JsonObjectBuilder();
        foreach (var member in members)
        {
            builder[member.Key] = member.Value;
        }

        return builder.Build();
    }

    /// <summary>An object of (key, value) pairs.</summary>
    public static JsonObject Of(params ReadOnlySpan<(string Key, JsonValue Value)> members)
    {
        var builder = new JsonObjectBuilder(members.Length);
        foreach (var (key, value) in members)
        {
            builder[key] = value;
        }

        return builder.Build();
    }

    /// <inheritdoc />
    public override JsonKind Kind => JsonKind.Object;

    /// <summary>The number of members.</summary>
    public int Count => _members.Length;

    /// <summary>The member at a position, in insertion order.</summary>
    public KeyValuePair<string, JsonValue> this[int index] => _members[index];

    /// <summary>The value of <paramref name="key"/>; throws when absent.</summary>
    public JsonValue this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <summary>The keys in insertion order.</summary>
    public IEnumerable<string> Keys => _members.Select(m => m.Key);

    /// <summary>The members as a span.</summary>
    public ReadOnlySpan<KeyValuePair<string, JsonValue>> AsSpan() => _members;

    /// <summary>Whether the object has <paramref name="key"/>.</summary>
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <summary>Looks up a member.</summary>
    public bool TryGetValue(string key, [NotNullWhen(true)] out JsonValue? value)
    {
        var i = IndexOf(key);
        value = i >= 0 ? _members[i].Value : null;
        return i >= 0;
    }

    /// <summary>The value of <paramref name="key"/>, or null when absent.</summary>
    public JsonValue? GetOrNull(string key) => TryGetValue(key, out var value) ? value : null;

    /// <summary>A new object with <paramref name="key"/> set to <paramref name="value"/> (replaced in place, or appended).</summary>
    public JsonObject With(string key, JsonValue value)
    {
        var i = IndexOf(key);
        KeyValuePair<string, JsonValue>[] copy;
        if (i >= 0)
        {
            copy = (KeyValuePair<string, JsonValue>[])_members.Clone();
            copy[i] = new(key, value);
        }
        else
        {
            copy = new KeyValuePair<string, JsonValue>[_members.Length + 1];
            Array.Copy(_members, copy, _members.Length);
            copy[^1] = new(key, value);
        }

        return new JsonObject(copy);
    }

    /// <summary>A new object without <paramref name="key"/>.</summary>
    public JsonObject Without(string key)
    {
        var i = IndexOf(key);
        if (i < 0)
        {
            return this;
        }

        var copy = new KeyValuePair<string, JsonValue>[_members.Length - 1];
        Array.Copy(_members, 0, copy, 0, i);
        Array.Copy(_members, i + 1, copy, i, _members.Length - i - 1);
        return Adopt(copy);
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, JsonValue>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, JsonValue>>)_members).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _members.GetEnumerator();

    /// <inheritdoc />
    public override bool Equals(JsonValue? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is not JsonObject o || o._members.Length != _members.Length)
        {
            return false;
        }

        foreach (var (key, value) in _members)
        {
            if (!o.TryGetValue(key, out var theirs) || !value.Equals(theirs))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override int GetHashCode()
    {
        // Order-independent, because equality ignores key order.
        var hash = _members.Length;
        foreach (var (key, value) in _members)
        {
            hash ^= HashCode.Combine(StringComparer.Ordinal.GetHashCode(key), value.GetHashCode());
        }

        return hash;
    }

    private static Dictionary<string, int> BuildIndex(KeyValuePair<string, JsonValue>[] members)
    {
        var index = new Dictionary<string, int>(members.Length, StringComparer.Ordinal);
        for (var i = 0; i < members.Length; i++)
        {
            index[members[i].Key] = i;
        }

        return index;
    }

    private int IndexOf(string key)
    {
        var members = _members;
        if (members.Length <= IndexThreshold)
        {
            for (var i = 0; i < members.Length; i++)
            {
                if (string.Equals(members[i].Key, key, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }

        var index = Indexes.GetValue(this, static o => BuildIndex(o._members));
        return index.TryGetValue(key, out var found) ? found : -1;
    }
}
