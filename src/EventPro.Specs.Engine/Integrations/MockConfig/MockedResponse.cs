namespace EventPro.Specs.Engine.Integrations.MockConfig;

/// <summary>
/// A named entry of <c>MockedResponses</c>: what a mocked Task answers on each of its invocations.
/// Entries cover the invocations 0, 1, 2, ... without gaps or overlaps (checked on load).
/// </summary>
public sealed class MockedResponse
{
    // An array: ForInvocation runs on every mocked call, and an interface enumerator would allocate each time.
    private readonly KeyValuePair<InvocationRange, TaskOutcome>[] _entries;

    internal MockedResponse(string name, IReadOnlyList<KeyValuePair<InvocationRange, TaskOutcome>> entries)
    {
        Name = name;
        _entries = [.. entries];
    }

    /// <summary>The response's name (its key under <c>MockedResponses</c>).</summary>
    public string Name { get; }

    /// <summary>The entries in invocation order: the range each covers and its <c>Return</c> or <c>Throw</c>.</summary>
    public IReadOnlyList<KeyValuePair<InvocationRange, TaskOutcome>> Entries => _entries;

    /// <summary>How many invocations the response covers (one more than its last index).</summary>
    public int InvocationCount => _entries.Length == 0 ? 0 : _entries[^1].Key.Last + 1;

    /// <summary>
    /// The answer to the zero-based <paramref name="invocation"/>, or null past the last entry
    /// (AWS: "If you do not specify a mocked response, the state machine execution will fail").
    /// </summary>
    public TaskOutcome? ForInvocation(int invocation)
    {
        foreach (var entry in _entries)
        {
            if (entry.Key.Contains(invocation))
            {
                return entry.Value;
            }
        }

        return null;
    }
}
