using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace EventPro.Specs.Gherkin;

/// <summary>
/// The property bag of <see cref="ScenarioContext"/> and <see cref="FeatureContext"/>, with
/// Reqnroll's <c>Set</c>/<c>Get</c>/<c>TryGetValue</c>. Safe to use from parallel scenarios
/// (a feature context is shared by the feature's scenarios).
/// </summary>
public abstract class ContextBag
{
    private readonly ConcurrentDictionary<string, object?> _values = new(StringComparer.Ordinal);

    /// <summary>The keys currently stored.</summary>
    public IReadOnlyCollection<string> Keys => _values.Keys.ToArray();

    /// <summary>Reads or writes a value by key.</summary>
    /// <param name="key">The key.</param>
    /// <exception cref="KeyNotFoundException">Reading a key that was never set.</exception>
    public object? this[string key]
    {
        get => _values.TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"Nothing was stored under '{key}'.");
        set => _values[key] = value;
    }

    /// <summary>Stores a value under its type's full name.</summary>
    /// <typeparam name="T">The type used as key.</typeparam>
    /// <param name="value">The value.</param>
    public void Set<T>(T value) => Set(value, KeyOf<T>());

    /// <summary>Stores a value under a key.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="key">The key.</param>
    public void Set<T>(T value, string key) => _values[key] = value;

    /// <summary>Reads the value stored under a type's full name.</summary>
    /// <typeparam name="T">The type used as key.</typeparam>
    /// <returns>The value.</returns>
    /// <exception cref="KeyNotFoundException">Nothing was stored for the type.</exception>
    public T Get<T>() => Get<T>(KeyOf<T>());

    /// <summary>Reads the value stored under a key.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="key">The key.</param>
    /// <returns>The value.</returns>
    /// <exception cref="KeyNotFoundException">Nothing was stored under the key.</exception>
    public T Get<T>(string key) => (T)this[key]!;

    /// <summary>Reads the value stored under a type's full name, if any.</summary>
    /// <typeparam name="T">The type used as key.</typeparam>
    /// <param name="value">The value, or default.</param>
    /// <returns><c>true</c> when a value of that type was stored.</returns>
    public bool TryGetValue<T>([MaybeNullWhen(false)] out T value) => TryGetValue(KeyOf<T>(), out value);

    /// <summary>Reads the value stored under a key, if any and of the right type.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="key">The key.</param>
    /// <param name="value">The value, or default.</param>
    /// <returns><c>true</c> when a value of that type was stored under the key.</returns>
    public bool TryGetValue<T>(string key, [MaybeNullWhen(false)] out T value)
    {
        if (_values.TryGetValue(key, out var stored) && stored is T typed)
        {
            value = typed;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Whether a value is stored under a key.</summary>
    /// <param name="key">The key.</param>
    /// <returns><c>true</c> when the key is present.</returns>
    public bool ContainsKey(string key) => _values.ContainsKey(key);

    /// <summary>Removes a key.</summary>
    /// <param name="key">The key.</param>
    /// <returns><c>true</c> when it was present.</returns>
    public bool Remove(string key) => _values.TryRemove(key, out _);

    private static string KeyOf<T>() => typeof(T).FullName ?? typeof(T).Name;
}
