using EventPro.Specs.Engine;
using EventPro.Specs.Gherkin;
using EventPro.Specs.Harness.Analysis;

namespace EventPro.Specs.Harness.Tests.Analysis;

public class CompensatingStatesTests
{
    private static StateMachine Load(string name) => StateMachine.Load(Path.Combine(RepositoryRoot.Find(null), "definitions", name + ".asl.json"));

    [Fact]
    public void Of_Checkout_IsTheRefundAndTheRelease() =>
        Assert.Equal(["RefundPayment", "ReleaseSeat"], CompensatingStates.Of(Load("eventpro-checkout")).Order(StringComparer.Ordinal));

    [Fact]
    public void Of_OrderSaga_IncludesTheTasksInsideTheParallelCompensation() =>
        Assert.Equal(
            ["RefundPayment", "RefundPaymentAndRelease", "ReleaseInventory", "ReleaseReservedInventory"],
            CompensatingStates.Of(Load("order-saga")).Order(StringComparer.Ordinal));

    [Fact]
    public void Of_AWorkflowWithoutCatch_IsEmpty() => Assert.Empty(CompensatingStates.Of(Load("upload-processor")));
}
