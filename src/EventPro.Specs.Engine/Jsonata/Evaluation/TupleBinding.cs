namespace EventPro.Specs.Engine.Jsonata.Evaluation;

/// <summary>
/// One item of a tuple stream: the context value (<c>@</c> in the reference implementation) and
/// the variables bound along the path so far (focus <c>@$v</c>, index <c>#$i</c>, and the hidden
/// parent slots that <c>%</c> reads).
/// </summary>
internal sealed class TupleBinding
{
    private readonly List<KeyValuePair<string, object?>> _bindings;

    /// <summary>Creates a tuple for <paramref name="focus"/> with no bindings.</summary>
    public TupleBinding(object? focus)
    {
        Focus = focus;
        _bindings = [];
    }

    /// <summary>Creates a copy of <paramref name="other"/>.</summary>
    public TupleBinding(TupleBinding other)
    {
        Focus = other.Focus;
        _bindings = new List<KeyValuePair<string, object?>>(other._bindings);
    }

    /// <summary>The context value.</summary>
    public object? Focus { get; set; }

    /// <summary>The bound variables.</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> Bindings => _bindings;

    /// <summary>Binds (or rebinds) a variable.</summary>
    public void Set(string name, object? value)
    {
        for (var i = 0; i < _bindings.Count; i++)
        {
            if (string.Equals(_bindings[i].Key, name, StringComparison.Ordinal))
            {
                _bindings[i] = new(name, value);
                return;
            }
        }

        _bindings.Add(new(name, value));
    }

    /// <summary>Looks up a bound variable.</summary>
    public bool TryGet(string name, out object? value)
    {
        foreach (var binding in _bindings)
        {
            if (string.Equals(binding.Key, name, StringComparison.Ordinal))
            {
                value = binding.Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <summary>Copies every binding and the focus of <paramref name="other"/> into this tuple.</summary>
    public void Assign(TupleBinding other)
    {
        Focus = other.Focus;
        foreach (var binding in other._bindings)
        {
            Set(binding.Key, binding.Value);
        }
    }
}
