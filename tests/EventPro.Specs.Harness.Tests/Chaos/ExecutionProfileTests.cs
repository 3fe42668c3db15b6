using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Harness.Chaos;

namespace EventPro.Specs.Harness.Tests.Chaos;

public class ExecutionProfileTests
{
    [Fact]
    public void Of_ARefundThatFailsInsideTheParallelCompensation_IsACriticalFailure()
    {
        var root = EventPro.Specs.Gherkin.RepositoryRoot.Find(null);
        var campaign = new ChaosCampaign
        {
            Machine = EventPro.Specs.Engine.StateMachine.Load(Path.Combine(root, "definitions", "order-saga.asl.json")),
            Definition = "order-saga",
            Inputs = ChaosInputs.Fixed(EventPro.Specs.Engine.Json.JsonValue.Parse("""{ "orderId": "O-1", "customerId": "C-1", "items": [{ "productId": "456", "quantity": 1 }], "amount": 10, "currency": "usd", "paymentMethodId": "pm_card_visa", "contact": { "email": "a@example.com" } }""")),
            Fakes = EventPro.Specs.Harness.Fakes.WorkflowFakesRegistry.Get("order-saga"),
        };
        var compensations = EventPro.Specs.Harness.Analysis.CompensatingStates.Of(campaign.Machine);
        var refundFails = Enumerable.Range(0, 3).Select(i => new ScheduledFault("RefundPayment", i, new FaultInjection.Fail("Lambda.ServiceException", null)));

        var compensated = ChaosCampaignRunner.Replay(campaign, 1, campaign.Inputs.For(1), [new ScheduledFault("CreateOrderRecord", 0, new FaultInjection.Fail("OrderRecordError", null))]);
        var critical = ChaosCampaignRunner.Replay(campaign, 1, campaign.Inputs.For(1), [new ScheduledFault("CreateOrderRecord", 0, new FaultInjection.Fail("OrderRecordError", null)), .. refundFails]);

        Assert.Equal(new ExecutionProfile(ExecutionStatus.Failed, false, false, true, false, 1), ExecutionProfile.Of(compensated, compensations));
        var profile = ExecutionProfile.Of(critical, compensations);
        Assert.True(profile.CriticalFailure);
        Assert.True(profile.Retried);
        Assert.Equal("OrderFailedCritical", critical.Result.Error);
    }
}
