using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata.Functions;

namespace EventPro.Specs.Engine.Jsonata.Evaluation;

/// <summary>
/// A scope of variable bindings (a block, a lambda call, a tuple step). Lookups walk outwards;
/// the root frame falls back to the caller's bindings (<c>$states</c>, workflow variables) and
/// then to the built-in function library. A name bound to undefined still shadows outer scopes,
/// as in the reference implementation.
/// </summary>
internal sealed class Frame
{
    private readonly Frame? _parent;
    private readonly IReadOnlyDictionary<string, JsonValue>? _globals;
    private readonly bool _isRoot;
    private readonly JsonValue? _rootInput;
    private string[]? _names;
    private object?[]? _values;
    private int _count;

    /// <summary>Creates a scope inside <paramref name="parent"/>.</summary>
    public Frame(Frame parent) => _parent = parent;

    private Frame(IReadOnlyDictionary<string, JsonValue>? globals, JsonValue? rootInput)
    {
        _globals = globals;
        _isRoot = true;
        _rootInput = rootInput;
    }

    /// <summary>
    /// The outermost scope of an evaluation, over the caller's bindings, with <c>$$</c> bound to
    /// the input document (held in a field: a simple path then costs no binding arrays).
    /// </summary>
    public static Frame Root(IReadOnlyDictionary<string, JsonValue>? globals, JsonValue? rootInput) => new(globals, rootInput);

    /// <summary>Binds <paramref name="name"/> in this scope (undefined is a binding too).</summary>
    public void Bind(string name, object? value)
    {
        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(_names![i], name, StringComparison.Ordinal))
            {
                _values![i] = value;
                return;
            }
        }

        if (_names is null)
        {
            _names = new string[2];
            _values = new object?[2];
        }
        else if (_count == _names.Length)
        {
            Array.Resize(ref _names, _count * 2);
            Array.Resize(ref _values, _count * 2);
        }

        _names[_count] = name;
        _values![_count] = value;
        _count++;
    }

    /// <summary>The value of <paramref name="name"/> in this or an enclosing scope; null when unbound or undefined.</summary>
    public object? Lookup(string name)
    {
        for (var frame = this; frame is not null; frame = frame._parent)
        {
            for (var i = 0; i < frame._count; i++)
            {
                if (string.Equals(frame._names![i], name, StringComparison.Ordinal))
                {
                    return frame._values![i];
                }
            }

            if (frame._isRoot && name == "$")
            {
                return frame._rootInput;
            }

            if (frame._globals is not null && frame._globals.TryGetValue(name, out var global))
            {
                return global;
            }
        }

        return FunctionLibrary.Lookup(name);
    }
}
