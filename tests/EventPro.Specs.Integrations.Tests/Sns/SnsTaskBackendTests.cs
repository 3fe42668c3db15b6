using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.WireMock;
using static EventPro.Specs.Integrations.Tests.FakeEndpoints;

namespace EventPro.Specs.Integrations.Tests.Sns;

/// <summary>The optimized sns:publish integration (query protocol) against the real WireMock.</summary>
public class SnsTaskBackendTests
{
    private const string Publish = """
        { "TopicArn": "arn:aws:sns:us-east-1:123456789012:eventpro-order-confirmations", "Message": { "orderId.$": "$.orderId" }, "Subject": "Your tickets",
          "MessageAttributes": { "kind": { "DataType": "String", "StringValue": "confirmation" } } }
        """;

    [Fact]
    public async Task InvokeAsync_Publish_SendsTheQueryFormAndReturnsTheMessageId()
    {
        await using var fakes = await StartAsync("sns-publish");
        await fakes.StubAsync(
            WireMockRequest.Create().UsingPost().WithPath("/").WithFormParameter("Action", "Publish"),
            WireMockResponse.Create().WithHeader("Content-Type", "text/xml").WithBody("""
                <PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>94f20ce6-13c5-43a0-9a9e-ca52d816e90b</MessageId></PublishResult><ResponseMetadata><RequestId>S1</RequestId></ResponseMetadata></PublishResponse>
                """));

        var result = fakes.Run(OneTask("arn:aws:states:::sns:publish", Publish), """{"orderId":"ord-1"}""");

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        var output = (JsonObject)result.Output!;
        Assert.Equal(["MessageId", "SdkHttpMetadata", "SdkResponseMetadata"], output.Keys);
        Assert.Equal("94f20ce6-13c5-43a0-9a9e-ca52d816e90b", ((JsonString)output["MessageId"]).Value);
        Assert.Equal("""{"RequestId":"S1"}""", output["SdkResponseMetadata"].ToJson());
        var scheduled = Single(result, HistoryEventType.TaskScheduled);
        Assert.Equal(("sns", "publish"), (scheduled.ResourceType, scheduled.Resource));
        var sent = Assert.Single(await fakes.Scope.FindRequestsAsync(
            WireMockRequest.Create().WithFormParameter("Message", """{"orderId":"ord-1"}""").WithFormParameter("Version", "2010-03-31")
                .WithFormParameter("MessageAttributes.entry.1.Name", "kind").WithFormParameter("MessageAttributes.entry.1.Value.StringValue", "confirmation"),
            Cancel));
        Assert.Contains("TopicArn=arn%3Aaws%3Asns", sent.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_ErrorResponse_FailsWithTheSnsExceptionName()
    {
        await using var fakes = await StartAsync("sns-error");
        await fakes.StubAsync(
            WireMockRequest.Create().UsingPost().WithPath("/"),
            WireMockResponse.Create().WithStatusCode(400).WithHeader("Content-Type", "text/xml").WithBody("""
                <ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><Error><Type>Sender</Type><Code>InvalidParameter</Code><Message>Invalid parameter: TopicArn</Message></Error><RequestId>S2</RequestId></ErrorResponse>
                """));

        var result = fakes.Run(OneTask("arn:aws:states:::sns:publish", Publish), """{"orderId":"ord-1"}""");

        Assert.Equal("SNS.InvalidParameterException", result.Error);
        Assert.Equal("Invalid parameter: TopicArn (Service: AmazonSNS; Status Code: 400; Error Code: InvalidParameter; Request ID: S2; Proxy: null)", result.Cause);
    }
}
