using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.WireMock;
using static EventPro.Specs.Integrations.Tests.FakeEndpoints;

namespace EventPro.Specs.Integrations.Tests.EventBridge;

/// <summary>The optimized events:putEvents integration (JSON 1.1 protocol) against the real WireMock.</summary>
public class EventBridgeTaskBackendTests
{
    private static readonly string Put = OneTask("arn:aws:states:::events:putEvents", """
        { "Entries": [ { "Source": "eventpro.checkout", "DetailType": "TicketPurchased", "Detail": { "orderId.$": "$.orderId" } } ] }
        """);

    private const string ExecutionArn = "arn:aws:states:us-east-1:123456789012:execution:test:execution-0";
    private const string StateMachineArn = "arn:aws:states:us-east-1:123456789012:stateMachine:test";

    [Fact]
    public async Task PutEvents_SendsJson11WithDetailAsTextAndTheArnsInResources_AndReturnsTheAnswer()
    {
        await using var fakes = await StartAsync("events-put");
        await fakes.StubAsync(
            WireMockRequest.Create().UsingPost().WithPath("/").WithHeader("X-Amz-Target", "AWSEvents.PutEvents")
                .WithHeader("Content-Type", "application/x-amz-json-1.1")
                .WithBodyEqualToJson($$"""{"Entries":[{"Source":"eventpro.checkout","DetailType":"TicketPurchased","Detail":"{\"orderId\":\"ord-1\"}","Resources":["{{ExecutionArn}}","{{StateMachineArn}}"]}]}"""),
            WireMockResponse.Create().WithHeader("Content-Type", "application/x-amz-json-1.1")
                .WithBody("""{"Entries":[{"EventId":"11710aed-b79e-4468-a20b-bb3c0c3b4860"}],"FailedEntryCount":0}"""));

        var result = fakes.Run(Put, """{"orderId":"ord-1"}""");

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("""{"Entries":[{"EventId":"11710aed-b79e-4468-a20b-bb3c0c3b4860"}],"FailedEntryCount":0}""", result.Output!.ToJson());
        var succeeded = Single(result, HistoryEventType.TaskSucceeded);
        Assert.Equal("events", succeeded.ResourceType);
        Assert.Equal("putEvents", succeeded.Resource);
    }

    [Fact]
    public async Task PutEvents_FailedEntries_FailTheTaskWithFailedEntry()
    {
        await using var fakes = await StartAsync("events-failed-entry");
        await fakes.StubAsync(
            WireMockRequest.Create().UsingPost().WithPath("/"),
            WireMockResponse.Create().WithHeader("Content-Type", "application/x-amz-json-1.1")
                .WithBody("""{"Entries":[{"ErrorCode":"InternalFailure","ErrorMessage":"try again"}],"FailedEntryCount":1}"""));

        var result = fakes.Run(Put, """{"orderId":"ord-1"}""");

        Assert.Equal("EventBridge.FailedEntry", result.Error);
        Assert.Contains("InternalFailure", result.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PutEvents_ServiceError_IsNamedEventBridgeCodeException()
    {
        await using var fakes = await StartAsync("events-missing-bus");
        await fakes.StubAsync(
            WireMockRequest.Create().UsingPost().WithPath("/"),
            WireMockResponse.Create().WithStatusCode(400).WithHeader("Content-Type", "application/x-amz-json-1.1")
                .WithBody("""{"__type":"ResourceNotFoundException","message":"Event bus eventpro does not exist."}"""));

        var result = fakes.Run(Put, """{"orderId":"ord-1"}""");

        Assert.Equal("EventBridge.ResourceNotFoundException", result.Error);
        Assert.StartsWith("Event bus eventpro does not exist. (Service: AmazonEventBridge; Status Code: 400; Error Code: ResourceNotFoundException;", result.Cause, StringComparison.Ordinal);
    }
}
