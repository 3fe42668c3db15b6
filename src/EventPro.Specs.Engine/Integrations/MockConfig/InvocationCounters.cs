namespace EventPro.Specs.Engine.Integrations.MockConfig;

/// <summary>
/// How many times each mocked state has been invoked in one execution. Step Functions Local counts
/// every invocation of the state (first attempts, retries, each Map iteration), so one counter per
/// state name; Map and Parallel branches may call concurrently, hence the lock.
/// </summary>
/// <remarks>
/// A test case mocks a handful of states, so the names are searched linearly (state names are the
/// definition's own string instances, so the reference check almost always hits first): a dictionary
/// per execution cost more than the whole Task state around it.
/// </remarks>
internal sealed class InvocationCounters
{
    private string[] _names = new string[4];
    private int[] _counts = new int[4];
    private int _used;

    /// <summary>Returns the zero-based index of this invocation of <paramref name="stateName"/> and advances its counter.</summary>
    public int Next(string stateName)
    {
        // Locks the counters themselves rather than a Lock of their own (one object less per
        // execution): they are internal to the engine, so nothing else can take their monitor.
        lock (this)
        {
            var slot = Find(stateName);
            if (slot < 0)
            {
                slot = Add(stateName);
            }

            return _counts[slot]++;
        }
    }

    private int Find(string stateName)
    {
        for (var i = 0; i < _used; i++)
        {
            var name = _names[i];
            if (ReferenceEquals(name, stateName) || string.Equals(name, stateName, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private int Add(string stateName)
    {
        if (_used == _names.Length)
        {
            Array.Resize(ref _names, _used * 2);
            Array.Resize(ref _counts, _used * 2);
        }

        _names[_used] = stateName;
        _counts[_used] = 0;
        return _used++;
    }
}
