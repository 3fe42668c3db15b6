using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.WireMock;
using static EventPro.Specs.Integrations.Tests.FakeEndpoints;

namespace EventPro.Specs.Integrations.Tests.Sqs;

/// <summary>The optimized sqs:sendMessage integration (JSON 1.0 protocol) against the real WireMock.</summary>
public class SqsTaskBackendTests
{
    private static readonly string Send = OneTask("arn:aws:states:::sqs:sendMessage", """
        { "QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/eventpro-refunds", "MessageBody": { "orderId.$": "$.orderId" } }
        """);

    [Fact]
    public async Task InvokeAsync_SendMessage_SerialisesAJsonBodyAndReturnsTheMessageId()
    {
        await using var fakes = await StartAsync("sqs-send");
        await fakes.StubAsync(
            WireMockRequest.Create().UsingPost().WithPath("/").WithHeader("X-Amz-Target", "AmazonSQS.SendMessage")
                .WithBodyEqualToJson("""{"QueueUrl":"https://sqs.us-east-1.amazonaws.com/123456789012/eventpro-refunds","MessageBody":"{\"orderId\":\"ord-1\"}"}"""),
            WireMockResponse.Create().WithHeader("Content-Type", "application/x-amz-json-1.0")
                .WithBody("""{"MD5OfMessageBody":"a0c1b6ba2e1c2ac4f9dce4a8e2c3f0a1","MessageId":"5fea7756-0ea4-451a-a703-a558b933e274"}"""));

        var result = fakes.Run(Send, """{"orderId":"ord-1"}""");

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        var output = (JsonObject)result.Output!;
        Assert.Equal(["MD5OfMessageBody", "MessageId", "SdkHttpMetadata", "SdkResponseMetadata"], output.Keys);
        Assert.Equal("5fea7756-0ea4-451a-a703-a558b933e274", ((JsonString)output["MessageId"]).Value);
    }

    [Fact]
    public async Task InvokeAsync_QueueDoesNotExist_FailsWithTheSqsExceptionName()
    {
        await using var fakes = await StartAsync("sqs-missing");
        await fakes.StubAsync(
            WireMockRequest.Create().UsingPost().WithPath("/"),
            WireMockResponse.Create().WithStatusCode(400).WithHeader("Content-Type", "application/x-amz-json-1.0")
                .WithBody("""{"__type":"com.amazonaws.sqs#QueueDoesNotExist","message":"The specified queue does not exist."}"""));

        var result = fakes.Run(Send, """{"orderId":"ord-1"}""");

        Assert.Equal("SQS.QueueDoesNotExistException", result.Error);
        Assert.StartsWith("The specified queue does not exist. (Service: AmazonSQS; Status Code: 400; Error Code: QueueDoesNotExist;", result.Cause, StringComparison.Ordinal);
    }
}
