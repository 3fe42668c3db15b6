namespace EventPro.Specs.Harness.Chaos;

/// <summary>
/// The randomness of one execution's chaos, from one seed (derived from the campaign's seed and the
/// execution's index), and the strategies' memory within the execution (a throttle remembers how
/// many calls of a state it still fails). Same seed, same decisions, in the same order.
/// </summary>
/// <param name="seed">The execution's chaos seed.</param>
public sealed class ChaosDice(int seed)
{
    private readonly Random _random = new(seed);
    private readonly Dictionary<object, Dictionary<string, int>> _memory = new(ReferenceEqualityComparer.Instance);

    /// <summary>True with probability <paramref name="rate"/> (1 always, 0 never, without drawing).</summary>
    public bool Roll(double rate) => rate >= 1 || (rate > 0 && _random.NextDouble() < rate);

    /// <summary>What <paramref name="strategy"/> remembered about <paramref name="state"/> in this execution, if anything.</summary>
    public bool TryRecall(object strategy, string state, out int value)
    {
        value = 0;
        return _memory.TryGetValue(strategy, out var states) && states.TryGetValue(state, out value);
    }

    /// <summary>Remembers a value for <paramref name="strategy"/> and <paramref name="state"/>.</summary>
    public void Remember(object strategy, string state, int value)
    {
        if (!_memory.TryGetValue(strategy, out var states))
        {
            _memory[strategy] = states = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        states[state] = value;
    }
}
