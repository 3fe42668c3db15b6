namespace EventPro.Specs.Engine.Integrations.MockConfig;

/// <summary>
/// How many times each mocked state has been invoked in one execution. Step Functions Local counts
/// every invocation of the state (first attempts, retries, each Map iteration), so one counter per
/// state name; Map and Parallel branches may call concurrently, hence the lock.
/// </summary>
internal sealed class InvocationCounters
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Returns the zero-based index of this invocation of <paramref name="stateName"/> and advances its counter.</summary>
    public int Next(string stateName)
    {
        lock (_gate)
        {
            var index = _counts.GetValueOrDefault(stateName);
            _counts[stateName] = index + 1;
            return index;
        }
    }
}
