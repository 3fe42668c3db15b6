using System.Collections;

namespace EventPro.Specs.Engine.Json;

/// <summary>An immutable JSON array.</summary>
public sealed class JsonArray : JsonValue, IReadOnlyList<JsonValue>
{
    /// <summary>The empty array.</summary>
    public static readonly JsonArray Empty = new([]);

    private readonly JsonValue[] _items;

    /// <summary>Creates an array that owns <paramref name="items"/>; the caller must not change it afterwards.</summary>
    private JsonArray(JsonValue[] items) => _items = items;

    /// <summary>An array of the given items (copied).</summary>
    public static JsonArray Of(params ReadOnlySpan<JsonValue> items) => items.Length == 0 ? Empty : new JsonArray(items.ToArray());

    /// <summary>An array of the given items (copied).</summary>
    public static JsonArray From(IEnumerable<JsonValue> items)
    {
        var array = items.ToArray();
        return array.Length == 0 ? Empty : new JsonArray(array);
    }

    /// <summary>Wraps an array the caller hands over and will never change again (no copy).</summary>
    public static JsonArray Adopt(JsonValue[] items) => items.Length == 0 ? Empty : new JsonArray(items);

    /// <inheritdoc />
    public override JsonKind Kind => JsonKind.Array;

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public JsonValue this[int index] => _items[index];

    /// <summary>The items as a span.</summary>
    public ReadOnlySpan<JsonValue> AsSpan() => _items;

    /// <summary>A new array with <paramref name="value"/> at <paramref name="index"/>.</summary>
    public JsonArray SetItem(int index, JsonValue value)
    {
        var copy = (JsonValue[])_items.Clone();
        copy[index] = value;
        return new JsonArray(copy);
    }

    /// <inheritdoc />
    public IEnumerator<JsonValue> GetEnumerator() => ((IEnumerable<JsonValue>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc />
    public override bool Equals(JsonValue? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is not JsonArray a || a._items.Length != _items.Length)
        {
            return false;
        }

        for (var i = 0; i < _items.Length; i++)
        {
            if (!_items[i].Equals(a._items[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(_items.Length);
        foreach (var item in _items)
        {
            hash.Add(item.GetHashCode());
        }

        return hash.ToHashCode();
    }
}
