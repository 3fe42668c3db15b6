namespace EventPro.Specs.Engine.Integrations;

/// <summary>
/// The state task backends keep for one execution (see <see cref="TaskInvocation.ExecutionState{T}"/>),
/// keyed by reference. An execution has one or two backends, so a short list searched linearly costs
/// far less than a concurrent dictionary built for every execution; the lock covers a backend that
/// asks from another thread after an await.
/// </summary>
internal sealed class ExecutionStateBag
{
    private (object Key, object Value)[] _entries = [];

    /// <summary>The value kept under <paramref name="key"/>, created by <paramref name="create"/> on first use.</summary>
    public T GetOrAdd<T>(object key, Func<T> create)
        where T : class
    {
        // Locks the bag itself rather than a Lock of its own (one object less per execution): it is
        // internal to the engine, so nothing else can take its monitor.
        lock (this)
        {
            foreach (var (k, value) in _entries)
            {
                if (ReferenceEquals(k, key))
                {
                    return (T)value;
                }
            }

            var created = create();
            var grown = new (object, object)[_entries.Length + 1];
            _entries.CopyTo(grown, 0);
            grown[^1] = (key, created);
            _entries = grown;
            return created;
        }
    }
}
