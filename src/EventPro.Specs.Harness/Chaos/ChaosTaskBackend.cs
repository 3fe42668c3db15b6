using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Harness.Chaos.Strategies;

namespace EventPro.Specs.Harness.Chaos;

/// <summary>
/// The first task backend of a chaos execution: counts every call of every Task state, asks the
/// strategies (or, replaying, the schedule) whether the call gets a fault, applies it and records it.
/// The first strategy that hits decides the call's fault, except that a latency hit composes with
/// the next hit of another kind (slow, then failing).
/// A call without a fault, or one only delayed, is answered by the backends after this one (the
/// workflow's fakes). One instance per execution.
/// </summary>
public sealed class ChaosTaskBackend : ITaskBackend
{
    private readonly IReadOnlyList<ChaosStrategy> _strategies;
    private readonly ChaosDice? _dice;
    private readonly Dictionary<(string State, int Call), FaultInjection>? _schedule;
    private readonly Dictionary<string, int> _calls = new(StringComparer.Ordinal);
    private readonly List<ScheduledFault> _injected = [];
    private readonly Lock _gate = new();

    private ChaosTaskBackend(IReadOnlyList<ChaosStrategy> strategies, ChaosDice? dice, Dictionary<(string, int), FaultInjection>? schedule)
    {
        _strategies = strategies;
        _dice = dice;
        _schedule = schedule;
    }

    /// <summary>Faults at random: the strategies decide, with the randomness of <paramref name="seed"/>.</summary>
    public static ChaosTaskBackend Random(IReadOnlyList<ChaosStrategy> strategies, int seed) => new(strategies, new ChaosDice(seed), null);

    /// <summary>Exactly the faults of <paramref name="schedule"/>, on the calls it names.</summary>
    public static ChaosTaskBackend Replay(IEnumerable<ScheduledFault> schedule) =>
        new([], null, schedule.ToDictionary(f => (f.State, f.Call), f => f.Fault));

    /// <summary>The faults applied so far, in call order.</summary>
    public IReadOnlyList<ScheduledFault> Injected
    {
        get
        {
            lock (_gate)
            {
                return [.. _injected];
            }
        }
    }

    /// <summary>How many times each Task state was called.</summary>
    public IReadOnlyDictionary<string, int> Calls
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, int>(_calls, StringComparer.Ordinal);
            }
        }
    }

    /// <inheritdoc />
    public ValueTask<TaskOutcome?> InvokeAsync(TaskInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        FaultInjection? fault;
        lock (_gate)
        {
            var index = _calls.GetValueOrDefault(invocation.StateName);
            _calls[invocation.StateName] = index + 1;
            fault = Decide(new ChaosCall(invocation.StateName, index, invocation));
            if (fault is not null)
            {
                _injected.Add(new ScheduledFault(invocation.StateName, index, fault));
            }
        }

        return fault is null ? ValueTask.FromResult<TaskOutcome?>(null) : fault.ApplyAsync(invocation);
    }

    private FaultInjection? Decide(ChaosCall call)
    {
        if (_schedule is not null)
        {
            return _schedule.GetValueOrDefault((call.State, call.Call));
        }

        // Latency composes with what follows it (slow, then failing); any other fault ends the decision.
        FaultInjection.Slow? slow = null;
        foreach (var strategy in _strategies)
        {
            if ((slow is not null && strategy is LatencyStrategy) || !strategy.AppliesTo(call) || strategy.Decide(call, _dice!) is not { } fault)
            {
                continue;
            }

            if (fault is FaultInjection.Slow delay)
            {
                slow = delay;
                continue;
            }

            return slow is null || fault is FaultInjection.Transport ? fault : new FaultInjection.SlowThen(slow.Delay, fault);
        }

        return slow;
    }
}
