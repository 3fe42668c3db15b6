using EventPro.Specs.Gherkin;
using EventPro.Specs.Gherkin.Parsing;
using EventPro.Specs.Gherkin.Registry;
using EventPro.Specs.Gherkin.Running;
using EventPro.Specs.Harness.Steps;

namespace EventPro.Specs.Harness.Tests.Steps;

/// <summary>A parent with a <c>.sync:2</c> child, run through the Gherkin steps as a feature would.</summary>
public class NestedExecutionStepsTests
{
    private const string Folder = "tests/EventPro.Specs.Harness.Tests/Steps/Nested";

    private static async Task<ScenarioResult> RunAsync(string steps)
    {
        var feature = FeatureFileParser.Parse("nested.feature", $$"""
            Feature: Nested fulfilment
              Scenario: Checkout waits for fulfilment
                Given the state machine "{{Folder}}/checkout-parent.asl.json"
                And the input:
                  ```
                  {"orderId": "o-1"}
                  ```
            {{steps}}
            """);
        var runner = new GherkinRunner(BindingRegistry.FromTypes([typeof(StateMachineSteps), typeof(TaskSteps), typeof(RunSteps), typeof(OutcomeSteps), typeof(PathSteps), typeof(NestedExecutionSteps)]));
        var results = await runner.RunFeatureAsync(feature);
        return Assert.Single(results);
    }

    [Fact]
    public async Task SyncV2Child_RunsThroughTheSteps_AndItsOutputReachesTheParent()
    {
        var result = await RunAsync("""
                And the task "BookCourier" returns {"Payload": {"courier": "DHL"}}
                When the execution runs
                Then the execution succeeds
                And the output is:
                  ```
                  {"shipment": {"orderId": "o-1", "courier": "DHL", "shipped": true}}
                  ```
                And the child execution started by "StartFulfilment" succeeded with:
                  ```
                  {"orderId": "o-1", "courier": "DHL", "shipped": true}
                  ```
                And the child execution started by "StartFulfilment" went through "BookCourier, PickUpWindow, Ship"
                And 1 child execution was started
                And the execution took 3600 seconds of virtual time
            """);

        Assert.True(result.Status == ScenarioStatus.Passed, result.FailureMessage);
    }

    [Fact]
    public async Task FailingChild_FailsTheParentTaskAndTheChildStepsSeeIt()
    {
        var result = await RunAsync("""
                And the task "BookCourier" fails with "Courier.Unavailable"
                When the execution runs
                Then the execution fails with error "Checkout.FulfilmentFailed"
                And the child execution started by "StartFulfilment" failed with error "Courier.Unavailable"
            """);

        Assert.True(result.Status == ScenarioStatus.Passed, result.FailureMessage);
    }

    [Fact]
    public async Task WrongChildOutput_FailsTheStepNamingBothOutputs()
    {
        var result = await RunAsync("""
                And the task "BookCourier" returns {"Payload": {"courier": "UPS"}}
                When the execution runs
                Then the child execution started by "StartFulfilment" succeeded with:
                  ```
                  {"orderId": "o-1", "courier": "DHL", "shipped": true}
                  ```
            """);

        Assert.Equal(ScenarioStatus.Failed, result.Status);
        Assert.Contains("\"courier\":\"UPS\"", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MockedStartTask_StartsNoChild()
    {
        var result = await RunAsync("""
                And the task "StartFulfilment" returns {"Output": {"mocked": true}}
                When the execution runs
                Then the output is:
                  ```
                  {"shipment": {"mocked": true}}
                  ```
                And 0 child executions were started
            """);

        Assert.True(result.Status == ScenarioStatus.Passed, result.FailureMessage);
    }

    [Theory]
    [InlineData("approve", """
                Then the execution succeeds
                And the output is:
                  ```
                  {"orderId": "o-1", "approved": true}
                  ```
                And the child execution started by "RequestApproval" went through "Decide, Verdict, Approve"
        """)]
    [InlineData("reject", """
                Then the execution fails with error "Approval.Rejected" and cause "order o-1 was rejected"
                And the child execution started by "RequestApproval" succeeded
        """)]
    [InlineData("slow", """
                Then the execution succeeds
                And the execution took 80 seconds of virtual time
        """)]
    public async Task ChildAnsweringItsParentsToken_WithSfnSendTask_RunsThroughTheSteps(string decision, string then)
    {
        // The engine tests' example pair: the parent waits (.waitForTaskToken) for the child found beside it,
        // which answers with aws-sdk:sfn:sendTaskSuccess / sendTaskFailure / sendTaskHeartbeat; nothing is mocked.
        var feature = FeatureFileParser.Parse("approval.feature", $$"""
            Feature: Approval by a child execution
              Scenario: The child answers the parent's token
                Given the state machine "tests/EventPro.Specs.Engine.Tests/Integrations/Sfn/Fixtures/approval-parent.asl.json"
                And the input:
                  ```
                  {"orderId": "o-1", "decision": "{{decision}}"}
                  ```
                When the execution runs
            {{then}}
            """);
        var runner = new GherkinRunner(BindingRegistry.FromTypes([typeof(StateMachineSteps), typeof(RunSteps), typeof(OutcomeSteps), typeof(NestedExecutionSteps)]));

        var result = Assert.Single(await runner.RunFeatureAsync(feature));

        Assert.True(result.Status == ScenarioStatus.Passed, result.FailureMessage);
    }
}
