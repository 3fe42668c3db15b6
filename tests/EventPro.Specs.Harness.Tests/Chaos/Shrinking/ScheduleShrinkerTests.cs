using EventPro.Specs.Gherkin;
using EventPro.Specs.Gherkin.Parsing;
using EventPro.Specs.Gherkin.Registry;
using EventPro.Specs.Gherkin.Running;
using EventPro.Specs.Harness.Chaos;
using EventPro.Specs.Harness.Chaos.Invariants;
using EventPro.Specs.Harness.Chaos.Shrinking;
using EventPro.Specs.Harness.Drivers;

namespace EventPro.Specs.Harness.Tests.Chaos.Shrinking;

public class ScheduleShrinkerTests
{
    public static TheoryData<string> BrokenInvariants => new()
    {
        "every completed \"ReserveSeat\" was compensated by \"ReleaseSeat\"",
        "a failed order holds no seat",
    };

    [Theory]
    [MemberData(nameof(BrokenInvariants))]
    public async Task Shrink_CatchThatSkipsReleaseSeat_GivesAOneOrTwoFaultReproducerThatFailsTheSameWay(string phrase)
    {
        var invariant = InvariantCatalog.Parse(phrase, ChaosTestCampaigns.CheckoutFakes);
        var campaign = ChaosTestCampaigns.Checkout(ChaosTestCampaigns.BrokenCheckout) with { Invariants = [invariant], Inputs = ChaosInputs.Fixed(ChaosTestCampaigns.GoodOrder) };

        var result = ChaosCampaignRunner.Run(campaign, cancellationToken: TestContext.Current.CancellationToken);
        var violation = Assert.Single(result.FirstViolations);
        var shrunk = ScheduleShrinker.Shrink(campaign, violation);

        Assert.InRange(shrunk.Faults.Count, 1, 2);
        Assert.Contains(shrunk.Faults, f => f.State == "ProcessPayment");
        Assert.True(shrunk.Faults.Count <= violation.Execution.Faults.Count);
        var scenario = await RunAsync(shrunk.Scenario);
        Assert.Equal(ScenarioStatus.Failed, scenario.Status);
        var failure = Assert.Single(scenario.Failures);
        Assert.Contains(invariant.ScenarioStep, failure.Context, StringComparison.Ordinal);
        Assert.IsType<Harness.Steps.StepAssertionException>(failure.Exception);
        Assert.Contains(shrunk.Message, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shrink_ADeclinedCardAlone_GivesAReproducerWithoutFaultsAndTheGeneratedInput()
    {
        // 8% of the generated orders pay with a card Stripe declines: the broken Catch leaks their hold with no fault at all.
        var invariant = new CompensationInvariant("ReserveSeat", "ReleaseSeat");
        var campaign = ChaosTestCampaigns.Checkout(ChaosTestCampaigns.BrokenCheckout) with { Invariants = [invariant], Strategies = [] };
        var violation = ChaosCampaignRunner.Run(campaign, cancellationToken: TestContext.Current.CancellationToken).FirstViolations[0];

        var shrunk = ScheduleShrinker.Shrink(campaign, violation);

        Assert.Empty(shrunk.Faults);
        Assert.Contains("chargeDeclined", shrunk.Scenario, StringComparison.Ordinal);
        Assert.Equal(ScenarioStatus.Failed, (await RunAsync(shrunk.Scenario)).Status);
    }

    [Fact]
    public async Task Shrink_TheSameReproducerOnTheRealDefinition_Passes()
    {
        var invariant = new CompensationInvariant("ReserveSeat", "ReleaseSeat");
        var broken = ChaosTestCampaigns.Checkout(ChaosTestCampaigns.BrokenCheckout) with { Invariants = [invariant], Inputs = ChaosInputs.Fixed(ChaosTestCampaigns.GoodOrder) };
        var shrunk = ScheduleShrinker.Shrink(broken, ChaosCampaignRunner.Run(broken, cancellationToken: TestContext.Current.CancellationToken).FirstViolations[0]);

        var onTheRealDefinition = shrunk.Scenario.Replace(ChaosTestCampaigns.BrokenCheckout, "eventpro-checkout", StringComparison.Ordinal);
        var scenario = await RunAsync(onTheRealDefinition);

        Assert.True(scenario.Status == ScenarioStatus.Passed, scenario.FailureMessage);
    }

    [Fact]
    public async Task Shrink_APaymentSlowerThanTheSeatHold_SellsTheSeatTwice_AndTheReproducerSaysSo()
    {
        // Stripe slow (200 s) and failing: with its retries the charge outlasts the 10-minute hold.
        var invariant = InvariantCatalog.Parse("no seat was sold twice", ChaosTestCampaigns.CheckoutFakes);
        var campaign = ChaosTestCampaigns.Checkout(executions: 100) with
        {
            Invariants = [invariant],
            Inputs = ChaosInputs.Fixed(ChaosTestCampaigns.GoodOrder),
            Strategies = [FaultSpec.Parse("ProcessPayment", "takes 200 seconds", "0.6"), FaultSpec.Parse("ProcessPayment", "fails with \"States.Http.StatusCode.503\"", "0.5")],
        };

        var violation = ChaosCampaignRunner.Run(campaign, cancellationToken: TestContext.Current.CancellationToken).FirstViolations[0];
        var shrunk = ScheduleShrinker.Shrink(campaign, violation);

        Assert.Contains("hold had lapsed", shrunk.Message, StringComparison.Ordinal);
        Assert.Contains(shrunk.Faults, f => f.Fault is FaultInjection.SlowThen);
        Assert.Contains("takes 200 seconds and then fails with \"States.Http.StatusCode.503\"", shrunk.Scenario, StringComparison.Ordinal);
        var scenario = await RunAsync(shrunk.Scenario);
        Assert.Equal(ScenarioStatus.Failed, scenario.Status);
        Assert.Contains("hold had lapsed", Assert.Single(scenario.Failures).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shrink_RemovesFaultsThatDoNotMatter()
    {
        var invariant = new CompensationInvariant("ReserveSeat", "ReleaseSeat");
        var campaign = ChaosTestCampaigns.Checkout(ChaosTestCampaigns.BrokenCheckout, executions: 400) with
        {
            Invariants = [invariant],
            Inputs = ChaosInputs.Fixed(ChaosTestCampaigns.GoodOrder),
            Strategies = [.. ChaosTestCampaigns.CheckoutFaults, FaultSpec.Parse("ReserveSeat", "takes 5 seconds", "0.5")],
        };
        var noisy = ChaosCampaignRunner.Run(campaign, cancellationToken: TestContext.Current.CancellationToken).Violations.First(v => v.Execution.Faults.Count >= 2 && v.Execution.Faults.Any(f => f.State != "ProcessPayment"));

        var shrunk = ScheduleShrinker.Shrink(campaign, noisy);

        Assert.True(shrunk.Faults.Count < noisy.Execution.Faults.Count, string.Join("; ", shrunk.Faults));
        Assert.All(shrunk.Faults, f => Assert.Equal("ProcessPayment", f.State));
        Assert.NotNull(invariant.Check(shrunk.Replay));
    }

    [Fact]
    public void Shrink_AnExecutionThatDoesNotReproduce_Throws()
    {
        var campaign = ChaosTestCampaigns.Checkout(executions: 5);
        var execution = ChaosCampaignRunner.RunOne(campaign, 0);
        var fake = new InvariantViolation(new CompensationInvariant("ReserveSeat", "ReleaseSeat"), execution, "made up");

        Assert.Throws<InvalidOperationException>(() => ScheduleShrinker.Shrink(campaign, fake));
    }

    private static Task<ScenarioResult> RunAsync(string featureText)
    {
        var file = FeatureFileParser.Parse("features/chaos-reproducer.feature", featureText);
        Assert.Empty(file.Errors);
        var runner = new GherkinRunner(BindingRegistry.FromAssemblies([typeof(ExecutionDriver).Assembly]));
        return runner.RunScenarioAsync(Assert.Single(file.Scenarios), new ScenarioRunSettings { CancellationToken = TestContext.Current.CancellationToken });
    }
}
