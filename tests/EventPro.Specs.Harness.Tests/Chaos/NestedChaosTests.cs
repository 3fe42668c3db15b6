using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.Chaos;
using EventPro.Specs.Harness.Chaos.Strategies;

namespace EventPro.Specs.Harness.Tests.Chaos;

/// <summary>A campaign over a parent whose fulfilment runs as a .sync:2 child: the child's tasks get the chaos too.</summary>
public class NestedChaosTests
{
    private static ChaosCampaign Campaign(IReadOnlyList<ChaosStrategy> faults) => new()
    {
        Machine = StateMachine.Load(Path.Combine(ChaosTestCampaigns.Root, "tests/EventPro.Specs.Harness.Tests/Steps/Nested/checkout-parent.asl.json")),
        Definition = "tests/EventPro.Specs.Harness.Tests/Steps/Nested/checkout-parent.asl.json",
        Executions = 1,
        Inputs = ChaosInputs.Fixed(JsonValue.Parse("""{"orderId":"o-1"}""")),
        Strategies = faults,
        Backends = [new InProcessTaskBackend().ForState("BookCourier", _ => JsonValue.Parse("""{"Payload":{"courier":"DHL"}}"""))],
    };

    [Fact]
    public void NoFault_TheChildRunsAndTheParentSucceeds()
    {
        var execution = ChaosCampaignRunner.RunOne(Campaign([]), 0);

        Assert.Equal(ExecutionStatus.Succeeded, execution.Result.Status);
        Assert.Equal(ExecutionStatus.Succeeded, Assert.Single(execution.Result.ChildExecutions).Result.Status);
    }

    [Fact]
    public void FaultInTheChildsTask_FailsTheChild_AndTheParentCatchesIt()
    {
        var execution = ChaosCampaignRunner.RunOne(Campaign([FaultSpec.Parse("BookCourier", "fails with \"Lambda.ServiceException\"", "1")]), 0);

        Assert.Equal("Checkout.FulfilmentFailed", execution.Result.Error);
        var child = Assert.Single(execution.Result.ChildExecutions);
        Assert.Equal("Lambda.ServiceException", child.Result.Error);
    }
}
