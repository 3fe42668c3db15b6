using System.Diagnostics;
using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Integrations.Events;
using EventPro.Specs.Engine.Integrations.Nested;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.Drivers;
using EventPro.Specs.Harness.Analysis;
using EventPro.Specs.Harness.Definitions;
using EventPro.Specs.Harness.Chaos.Invariants;

namespace EventPro.Specs.Harness.Chaos;

/// <summary>
/// Runs campaigns: every execution in virtual time, in-process, without network (unless the
/// campaign's backends make calls), on as many threads as asked. Each execution depends only on the
/// campaign and its index, so the results are the same whatever the parallelism.
/// </summary>
public static class ChaosCampaignRunner
{
    // One catalog per campaign: a child definition is read once, not once per execution.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ChaosCampaign, StateMachineCatalog> Catalogs = new();

    /// <summary>Runs the campaign; <paramref name="progress"/> is told how many executions have finished (from any thread).</summary>
    public static CampaignResult Run(ChaosCampaign campaign, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentOutOfRangeException.ThrowIfLessThan(campaign.Executions, 0);
        var started = Stopwatch.GetTimestamp();
        var compensations = campaign.CompensationStates ?? CompensatingStates.Of(campaign.Machine);
        var count = campaign.Executions;
        var profiles = new ExecutionProfile[count];
        var kept = new ChaosExecution?[count];
        var broken = new List<InvariantViolation>?[count];
        var done = 0;
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = campaign.MaxDegreeOfParallelism ?? Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        Parallel.For(0, count, options, i =>
        {
            var execution = RunOne(campaign, i);
            profiles[i] = ExecutionProfile.Of(execution, compensations);
            foreach (var invariant in campaign.Invariants)
            {
                if (invariant.Check(execution) is { } problem)
                {
                    (broken[i] ??= []).Add(new InvariantViolation(invariant, execution, problem));
                }
            }

            if (campaign.KeepExecutions || broken[i] is not null)
            {
                kept[i] = execution;
            }

            var finished = Interlocked.Increment(ref done);
            progress?.Report(finished);
        });

        return new CampaignResult(
            campaign,
            CampaignMetrics.Of(profiles),
            campaign.KeepExecutions ? kept.Select(e => e!).ToList() : [],
            broken.Where(b => b is not null).SelectMany(b => b!).ToList(),
            compensations,
            Stopwatch.GetElapsedTime(started));
    }

    /// <summary>Runs execution <paramref name="index"/> of the campaign, with its random faults.</summary>
    public static ChaosExecution RunOne(ChaosCampaign campaign, int index)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var seed = ChaosSeeds.ForExecution(campaign.Seed, index);
        var input = campaign.Inputs.For(seed);
        return Execute(campaign, index, seed, input, ChaosTaskBackend.Random(campaign.Strategies, ChaosSeeds.ForFaults(seed)));
    }

    /// <summary>Runs the campaign's definition once with exactly <paramref name="faults"/> (a replay, as a reproducer runs it).</summary>
    public static ChaosExecution Replay(ChaosCampaign campaign, int seed, JsonValue input, IEnumerable<ScheduledFault> faults)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return Execute(campaign, -1, seed, input, ChaosTaskBackend.Replay(faults));
    }

    private static ChaosExecution Execute(ChaosCampaign campaign, int index, int seed, JsonValue input, ChaosTaskBackend chaos)
    {
        var world = campaign.Fakes?.CreateWorld();
        var backends = new List<ITaskBackend>(2 + campaign.Backends.Count) { chaos };
        if (world is not null)
        {
            backends.Add(campaign.Fakes!.CreateBackend(world));
        }

        backends.AddRange(campaign.Backends);

        // Last, as in scenarios: events:putEvents, states:startExecution and aws-sdk:sfn:sendTask* tasks nothing else answered
        // (a child runs under the same chaos, its tasks drawing faults like the parent's).
        backends.AddRange(InProcessServices.Backends(new InProcessEventBus(), Catalogs.GetValue(campaign, c => DefinitionCatalog.Create(() => Path.GetDirectoryName(c.Machine.Source)))));
        var options = new ExecutionOptions { Seed = seed, StateMachineName = campaign.StateMachineName, StartTime = campaign.StartTime };
        ExecutionResult result;
        try
        {
            result = new StepFunctionsEngine([.. backends]).Execute(campaign.Machine, input, options);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new InvalidOperationException($"Execution {index} (seed {seed}) of the campaign did not end: {e.Message} Faults: {string.Join("; ", chaos.Injected)}.", e);
        }

        return new ChaosExecution(index, seed, input, chaos.Injected, chaos.Calls, result, world);
    }
}
