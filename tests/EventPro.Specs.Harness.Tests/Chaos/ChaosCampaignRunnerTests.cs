using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Harness.Chaos;
using EventPro.Specs.Harness.Chaos.Invariants;

namespace EventPro.Specs.Harness.Tests.Chaos;

public class ChaosCampaignRunnerTests
{
    [Fact]
    public void Run_SameSeedTwice_GivesTheSameExecutionsByteForByte()
    {
        var campaign = ChaosTestCampaigns.Checkout(executions: 60);

        var first = ChaosCampaignRunner.Run(campaign, cancellationToken: TestContext.Current.CancellationToken);
        var second = ChaosCampaignRunner.Run(campaign with { MaxDegreeOfParallelism = 1 }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(Histories(first), Histories(second));
        Assert.Equal(first.Metrics, second.Metrics);
        Assert.True(first.Metrics.FaultsInjected > 0);
    }

    [Fact]
    public void Run_AnotherSeed_GivesOtherInputsAndFaults()
    {
        var first = ChaosCampaignRunner.Run(ChaosTestCampaigns.Checkout(executions: 30, seed: 1), cancellationToken: TestContext.Current.CancellationToken);
        var second = ChaosCampaignRunner.Run(ChaosTestCampaigns.Checkout(executions: 30, seed: 2), cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotEqual(first.Executions.Select(e => e.Input.ToJson()), second.Executions.Select(e => e.Input.ToJson()));
    }

    [Fact]
    public void RunOne_ExecutionIndex_IsTheCampaignsExecution()
    {
        var campaign = ChaosTestCampaigns.Checkout(executions: 20);
        var all = ChaosCampaignRunner.Run(campaign, cancellationToken: TestContext.Current.CancellationToken);

        var again = ChaosCampaignRunner.RunOne(campaign, 13);

        Assert.Equal(History(all.Executions[13].Result), History(again.Result));
        Assert.Equal(all.Executions[13].Faults, again.Faults);
    }

    [Fact]
    public void Replay_TheFaultsOfAnExecution_RunsTheSameExecution()
    {
        var campaign = ChaosTestCampaigns.Checkout(executions: 80);
        var faulted = ChaosCampaignRunner.Run(campaign, cancellationToken: TestContext.Current.CancellationToken).Executions.First(e => e.Faults.Count >= 2);

        var replay = ChaosCampaignRunner.Replay(campaign, faulted.Seed, faulted.Input, faulted.Faults);

        Assert.Equal(History(faulted.Result), History(replay.Result));
        Assert.Equal(faulted.Faults, replay.Faults);
    }

    [Fact]
    public void Run_Invariants_AreCheckedInEveryExecution()
    {
        var campaign = ChaosTestCampaigns.Checkout(executions: 50) with { Invariants = [new AlwaysBroken()], KeepExecutions = false };

        var result = ChaosCampaignRunner.Run(campaign, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(50, result.Violations.Count);
        Assert.Equal(Enumerable.Range(0, 50), result.Violations.Select(v => v.Execution.Index));
        Assert.Empty(result.Executions);
        Assert.Single(result.FirstViolations);
    }

    [Fact]
    public void Run_Checkout_CountsCompensationsRetriesAndTimeouts()
    {
        var result = ChaosCampaignRunner.Run(ChaosTestCampaigns.Checkout(executions: 300), cancellationToken: TestContext.Current.CancellationToken);

        var m = result.Metrics;
        Assert.Equal(300, m.Executions);
        Assert.Equal(300, m.Succeeded + m.Failed + m.TimedOut + m.Aborted);
        Assert.Equal(result.Executions.Count(e => e.Result.Path.Contains("ReleaseSeat")), m.WithCompensation);
        Assert.Equal(result.Executions.Count(e => e.Result.Events.Any(x => x.Type == Engine.History.HistoryEventType.TaskTimedOut)), m.WithTimeouts);
        Assert.InRange(m.RetryRate, 0.05, 0.9);
        Assert.Equal(["RefundPayment", "ReleaseSeat"], result.CompensationStates.Order(StringComparer.Ordinal));
    }

    private static List<string> Histories(CampaignResult result) => result.Executions.Select(e => History(e.Result)).ToList();

    private static string History(ExecutionResult result) => string.Join("\n", result.Events.Select(e => e.ToAwsJson().ToJson()));

    private sealed class AlwaysBroken : ChaosInvariant
    {
        public override string Name => "nothing ever holds";

        public override string? Check(ChaosExecution execution) => "broken";
    }
}
