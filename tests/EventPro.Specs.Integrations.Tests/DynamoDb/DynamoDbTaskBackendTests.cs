using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.WireMock;
using static EventPro.Specs.Integrations.Tests.FakeEndpoints;

namespace EventPro.Specs.Integrations.Tests.DynamoDb;

/// <summary>The optimized DynamoDB integration (JSON 1.0 protocol) against the real WireMock.</summary>
public class DynamoDbTaskBackendTests
{
    private const string HoldSeat = """
        {
          "TableName": "eventpro-seat-holds",
          "Item": { "eventId": { "S.$": "$.eventId" }, "seatId": { "S.$": "$.seatId" }, "orderId": { "S": "ord-1" } },
          "ConditionExpression": "attribute_not_exists(seatId)"
        }
        """;

    private static WireMockRequest Target(string operation) =>
        WireMockRequest.Create().UsingPost().WithPath("/").WithHeader("X-Amz-Target", $"DynamoDB_20120810.{operation}");

    [Fact]
    public async Task InvokeAsync_PutItem_SendsTheParametersAsTheRequestAndReturnsTheSdkMetadata()
    {
        await using var fakes = await StartAsync("ddb-put");
        await fakes.StubAsync(Target("PutItem"), WireMockResponse.Create().WithBody("{}").WithHeader("Content-Type", "application/x-amz-json-1.0").WithHeader("x-amzn-RequestId", "D1"));

        var result = fakes.Run(OneTask("arn:aws:states:::dynamodb:putItem", HoldSeat), """{"eventId":"evt-1","seatId":"A-12"}""");

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        var output = (JsonObject)result.Output!;
        Assert.Equal(["SdkHttpMetadata", "SdkResponseMetadata"], output.Keys);
        Assert.Equal("""{"RequestId":"D1"}""", output["SdkResponseMetadata"].ToJson());
        Assert.Equal("\"application/x-amz-json-1.0\"", ((JsonObject)((JsonObject)output["SdkHttpMetadata"])["HttpHeaders"])["Content-Type"].ToJson());
        var scheduled = Single(result, HistoryEventType.TaskScheduled);
        Assert.Equal(("dynamodb", "putItem"), (scheduled.ResourceType, scheduled.Resource));
        var sent = Assert.Single(await fakes.Scope.GetRequestsAsync(Cancel));
        Assert.Equal(scheduled.Parameters, JsonValue.Parse(sent.Body));
        Assert.StartsWith("application/x-amz-json-1.0", sent.GetHeader("Content-Type"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_ConditionFails_FailsWithConditionalCheckFailedException()
    {
        await using var fakes = await StartAsync("ddb-condition");
        await fakes.StubAsync(
            Target("PutItem"),
            WireMockResponse.Create().WithStatusCode(400).WithHeader("Content-Type", "application/x-amz-json-1.0").WithHeader("x-amzn-RequestId", "D2")
                .WithBody("""{"__type":"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException","message":"The conditional request failed"}"""));

        var result = fakes.Run(OneTask("arn:aws:states:::dynamodb:putItem", HoldSeat), """{"eventId":"evt-1","seatId":"A-12"}""");

        Assert.Equal("DynamoDB.ConditionalCheckFailedException", result.Error);
        Assert.Equal("The conditional request failed (Service: AmazonDynamoDBv2; Status Code: 400; Error Code: ConditionalCheckFailedException; Request ID: D2; Proxy: null)", result.Cause);
        Assert.Equal(result.Error, Single(result, HistoryEventType.TaskFailed).Error);
    }

    [Theory]
    [InlineData("getItem", "GetItem", """{"Item":{"seatId":{"S":"A-12"}}}""")]
    [InlineData("updateItem", "UpdateItem", """{"Attributes":{"status":{"S":"PAID"}}}""")]
    [InlineData("deleteItem", "DeleteItem", "{}")]
    public async Task InvokeAsync_OtherOperations_CallTheirTargetAndKeepTheAnswer(string resource, string operation, string answer)
    {
        await using var fakes = await StartAsync($"ddb-{resource}");
        await fakes.StubAsync(Target(operation), WireMockResponse.Create().WithBody(answer).WithHeader("Content-Type", "application/x-amz-json-1.0"));

        var result = fakes.Run(OneTask($"arn:aws:states:::dynamodb:{resource}", """{ "TableName": "t", "Key": { "seatId": { "S": "A-12" } } }"""));

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        var output = (JsonObject)result.Output!;
        Assert.Equal(((JsonObject)JsonValue.Parse(answer)).Keys.Concat(["SdkHttpMetadata", "SdkResponseMetadata"]), output.Keys);
        foreach (var (key, value) in ((JsonObject)JsonValue.Parse(answer)).AsSpan())
        {
            Assert.Equal(value, output[key]);
        }
    }

    [Fact]
    public async Task InvokeAsync_UnsupportedOperation_IsLeftToTheNextBackend()
    {
        await using var fakes = await StartAsync("ddb-scan");

        var result = fakes.Run(OneTask("arn:aws:states:::dynamodb:scan", """{ "TableName": "t" }"""));

        Assert.Equal("States.Runtime", result.Error);
        Assert.Empty(await fakes.Scope.GetRequestsAsync(Cancel));
    }
}
