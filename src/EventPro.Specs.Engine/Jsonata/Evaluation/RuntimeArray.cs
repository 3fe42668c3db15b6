using System.Collections;

namespace EventPro.Specs.Engine.Jsonata.Evaluation;

/// <summary>
/// An array built during evaluation. JSONata distinguishes several kinds of arrays by flags that
/// the reference implementation sets on JavaScript arrays, and results depend on them:
/// a <see cref="IsSequence"/> (the result of a path; a singleton sequence collapses to its item),
/// a constructed array (<see cref="IsConstructed"/>, from <c>[...]</c>, which is not flattened by a
/// following step), the outer wrapper of an array input, and tuple streams. Arrays from the input
/// document stay <see cref="Json.JsonArray"/>s, which behave as plain arrays.
/// Items are runtime values; only the context sequence of a path may hold an undefined (null) item.
/// </summary>
internal sealed class RuntimeArray : IReadOnlyList<object?>
{
    private object?[] _items;
    private int _count;

    /// <summary>Creates an empty array with room for <paramref name="capacity"/> items.</summary>
    public RuntimeArray(int capacity = 4) => _items = capacity == 0 ? [] : new object?[capacity];

    /// <summary>Whether this is a sequence (a path result), which collapses when it holds one item.</summary>
    public bool IsSequence { get; set; }

    /// <summary>Whether a singleton sequence must stay an array (the <c>[]</c> suffix).</summary>
    public bool KeepSingleton { get; set; }

    /// <summary>Whether this sequence wraps an array input document so it is treated as one item.</summary>
    public bool OuterWrapper { get; set; }

    /// <summary>Whether the items are <see cref="TupleBinding"/>s (steps with focus, index or parent bindings).</summary>
    public bool IsTupleStream { get; set; }

    /// <summary>Whether this array was built by an array constructor.</summary>
    public bool IsConstructed { get; set; }

    /// <inheritdoc />
    public int Count => _count;

    /// <inheritdoc />
    public object? this[int index]
    {
        get => (uint)index < (uint)_count ? _items[index] : throw new ArgumentOutOfRangeException(nameof(index));
        set => _items[(uint)index < (uint)_count ? index : throw new ArgumentOutOfRangeException(nameof(index))] = value;
    }

    /// <summary>A new, empty sequence.</summary>
    public static RuntimeArray Sequence(int capacity = 4) => new(capacity) { IsSequence = true };

    /// <summary>A new sequence holding one item (which may be undefined).</summary>
    public static RuntimeArray SequenceOf(object? item)
    {
        var sequence = new RuntimeArray(1) { IsSequence = true };
        sequence.Add(item);
        return sequence;
    }

    /// <summary>Appends an item.</summary>
    public void Add(object? item)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, Math.Max(4, _items.Length * 2));
        }

        _items[_count++] = item;
    }

    /// <summary>Appends every item of <paramref name="items"/>.</summary>
    public void AddRange(IReadOnlyList<object?> items)
    {
        var n = items.Count;
        if (_count + n > _items.Length)
        {
            Array.Resize(ref _items, Math.Max(_count + n, _items.Length * 2));
        }

        for (var i = 0; i < n; i++)
        {
            _items[_count++] = items[i];
        }
    }

    /// <summary>A copy of the items.</summary>
    public object?[] ToArray() => _items.AsSpan(0, _count).ToArray();

    /// <summary>The items as a span (valid until the array changes).</summary>
    public ReadOnlySpan<object?> AsSpan() => _items.AsSpan(0, _count);

    /// <inheritdoc />
    public IEnumerator<object?> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return _items[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
