using System.Globalization;

namespace EventPro.Specs.Harness.Chaos.Strategies;

/// <summary>
/// A kind of fault injected at random, after Polly's chaos strategies: an injection rate, an enable
/// condition (which Task states, which attempts) and the randomness of the campaign's seed. Strategies
/// compose: for each call, the first one that applies and rolls a hit decides the call's fault.
/// </summary>
public abstract record ChaosStrategy
{
    private readonly double _injectionRate = 1.0;

    /// <summary>The probability that an eligible call is hit, from 0 to 1 (default 1).</summary>
    public double InjectionRate
    {
        get => _injectionRate;
        init => _injectionRate = value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "An injection rate is from 0 to 1.");
    }

    /// <summary>The Task states it targets; null or empty for every Task state.</summary>
    public IReadOnlySet<string>? States { get; init; }

    /// <summary>The first attempt it may hit (1 = the first call of an entry; 2 = the first retry).</summary>
    public int FirstAttempt { get; init; } = 1;

    /// <summary>The last attempt it may hit; null for every attempt from <see cref="FirstAttempt"/>.</summary>
    public int? LastAttempt { get; init; }

    /// <summary>Whether the enable condition holds for <paramref name="call"/> (state and attempt).</summary>
    public bool AppliesTo(ChaosCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return (States is null || States.Count == 0 || States.Contains(call.State))
               && call.Attempt >= FirstAttempt
               && (LastAttempt is null || call.Attempt <= LastAttempt);
    }

    /// <summary>The fault for <paramref name="call"/>, or null; called only when <see cref="AppliesTo"/> holds.</summary>
    public abstract FaultInjection? Decide(ChaosCall call, ChaosDice dice);

    /// <summary>What the strategy does, e.g. <c>fails with "Lambda.ServiceException"</c>.</summary>
    public abstract string DescribeFault();

    /// <summary>The strategy in one line: states, fault, rate and attempts.</summary>
    public sealed override string ToString()
    {
        var states = States is null || States.Count == 0 ? "every task" : string.Join(", ", States.Order(StringComparer.Ordinal));
        var attempts = (FirstAttempt, LastAttempt) switch
        {
            (1, null) => string.Empty,
            var (first, last) when first == last => $" on attempt {first}",
            (var first, null) => $" from attempt {first}",
            var (first, last) => $" on attempts {first}-{last}",
        };
        return $"{states} {DescribeFault()} at rate {InjectionRate.ToString("0.###", CultureInfo.InvariantCulture)}{attempts}";
    }
}
