using EventPro.Specs.Harness.Chaos.Invariants;

namespace EventPro.Specs.Harness.Chaos.Shrinking;

/// <summary>
/// Shrinks the faults of an execution that broke an invariant to a minimal schedule that still
/// breaks it: removes faults one at a time while the replay still breaks the same invariant (until no
/// single fault can go), then drops the causes of the failures that remain when they do not matter.
/// Every replay runs the same input with the same seed, so the result is deterministic.
/// </summary>
public static class ScheduleShrinker
{
    /// <summary>Shrinks the schedule of <paramref name="violation"/>; at most <paramref name="maxReplays"/> executions.</summary>
    public static ShrunkReproducer Shrink(ChaosCampaign campaign, InvariantViolation violation, int maxReplays = 500)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(violation);
        var original = violation.Execution;
        var replays = 0;
        var schedule = original.Faults.ToList();
        var (replay, message) = Breaks(campaign, violation, schedule, ref replays)
            ?? throw new InvalidOperationException($"The replay of {original} with its own faults did not break '{violation.Invariant.Name}': the execution is not reproducible from its seed, input and faults.");

        var changed = true;
        while (changed && replays < maxReplays)
        {
            changed = false;
            for (var i = schedule.Count - 1; i >= 0 && replays < maxReplays; i--)
            {
                var smaller = schedule.Where((_, k) => k != i).ToList();
                if (Breaks(campaign, violation, smaller, ref replays) is { } found)
                {
                    (schedule, replay, message, changed) = (smaller, found.Replay, found.Message, true);
                }
            }
        }

        for (var i = 0; i < schedule.Count && replays < maxReplays; i++)
        {
            // A slow failure whose failure alone (or slowness alone) still breaks the invariant is simpler.
            if (schedule[i].Fault is FaultInjection.SlowThen slowThen)
            {
                foreach (var part in new[] { slowThen.Then, new FaultInjection.Slow(slowThen.Delay) })
                {
                    var simpler = schedule.ToList();
                    simpler[i] = schedule[i] with { Fault = part };
                    if (Breaks(campaign, violation, simpler, ref replays) is { } found)
                    {
                        (schedule, replay, message) = (simpler, found.Replay, found.Message);
                        break;
                    }
                }
            }

            if (schedule[i].Fault is FaultInjection.Fail { Cause: not null } fail)
            {
                var simpler = schedule.ToList();
                simpler[i] = schedule[i] with { Fault = fail with { Cause = null } };
                if (Breaks(campaign, violation, simpler, ref replays) is { } found)
                {
                    (schedule, replay, message) = (simpler, found.Replay, found.Message);
                }
            }
        }

        var scenario = ReproducerWriter.Write(campaign, violation, schedule, replay);
        return new ShrunkReproducer(violation, schedule, replay, message, scenario, replays);
    }

    private static (ChaosExecution Replay, string Message)? Breaks(ChaosCampaign campaign, InvariantViolation violation, IReadOnlyList<ScheduledFault> schedule, ref int replays)
    {
        replays++;
        var replay = ChaosCampaignRunner.Replay(campaign, violation.Execution.Seed, violation.Execution.Input, schedule);
        return violation.Invariant.Check(replay) is { } message ? (replay, message) : null;
    }
}
