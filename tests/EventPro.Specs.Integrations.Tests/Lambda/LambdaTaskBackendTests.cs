using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.WireMock;
using static EventPro.Specs.Integrations.Tests.FakeEndpoints;

namespace EventPro.Specs.Integrations.Tests.Lambda;

/// <summary>lambda:invoke and function ARNs against the real WireMock, as AWS Step Functions reports them.</summary>
public class LambdaTaskBackendTests
{
    private const string InvokePath = "/2015-03-31/functions/eventpro-reserve-seat/invocations";

    private static readonly string Invoke = OneTask("arn:aws:states:::lambda:invoke", """{ "FunctionName": "eventpro-reserve-seat", "Payload": { "seatId.$": "$.seatId", "holdSeconds": 600 } }""");

    [Fact]
    public async Task InvokeAsync_LambdaInvoke_WrapsThePayloadAsAwsDoes()
    {
        await using var fakes = await StartAsync("lambda-invoke");
        await fakes.StubAsync(
            WireMockRequest.Create().UsingPost().WithPath(InvokePath),
            WireMockResponse.Create().WithJsonBody("""{"reservationId":"res-77"}""").WithHeader("X-Amz-Executed-Version", "$LATEST").WithHeader("x-amzn-RequestId", "req-1"));

        var result = fakes.Run(Invoke, """{"seatId":"A-12"}""");

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        var output = Assert.IsType<JsonObject>(result.Output);
        Assert.Equal(["ExecutedVersion", "Payload", "SdkHttpMetadata", "SdkResponseMetadata", "StatusCode"], output.Keys);
        Assert.Equal("""{"reservationId":"res-77"}""", output["Payload"].ToJson());
        Assert.Equal("$LATEST", ((JsonString)output["ExecutedVersion"]).Value);
        Assert.Equal(200, ((JsonNumber)output["StatusCode"]).Value);
        Assert.Equal("""{"RequestId":"req-1"}""", output["SdkResponseMetadata"].ToJson());
        var http = (JsonObject)output["SdkHttpMetadata"];
        Assert.Equal(200, ((JsonNumber)http["HttpStatusCode"]).Value);
        Assert.Equal("""["$LATEST"]""", ((JsonObject)http["AllHttpHeaders"])["X-Amz-Executed-Version"].ToJson());
        Assert.Equal("\"$LATEST\"", ((JsonObject)http["HttpHeaders"])["X-Amz-Executed-Version"].ToJson());

        var scheduled = Single(result, HistoryEventType.TaskScheduled);
        Assert.Equal(("lambda", "invoke"), (scheduled.ResourceType, scheduled.Resource));
        Assert.Equal(output, Single(result, HistoryEventType.TaskSucceeded).Output);

        var sent = Assert.Single(await fakes.Scope.FindRequestsAsync(WireMockRequest.Create().WithPath(InvokePath), Cancel));
        Assert.Equal("""{"seatId":"A-12","holdSeconds":600}""", sent.Body);
        Assert.Equal("RequestResponse", sent.GetHeader("X-Amz-Invocation-Type"));
    }

    [Fact]
    public async Task InvokeAsync_FunctionArn_GivesTheBarePayloadWithLambdaFunctionEvents()
    {
        const string arn = "arn:aws:lambda:us-east-1:123456789012:function:eventpro-reserve-seat";
        await using var fakes = await StartAsync("lambda-arn");
        await fakes.StubAsync(
            WireMockRequest.Create().UsingPost().WithPathMatching("/2015-03-31/functions/[^/]*eventpro-reserve-seat/invocations"),
            WireMockResponse.Create().WithJsonBody("""{"reservationId":"res-78"}"""));

        var result = fakes.Run($$"""{ "StartAt": "Call", "States": { "Call": { "Type": "Task", "Resource": "{{arn}}", "End": true } } }""", """{"seatId":"B-1"}""");

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("""{"reservationId":"res-78"}""", result.Output!.ToJson());
        Assert.Equal(arn, Single(result, HistoryEventType.LambdaFunctionScheduled).Resource);
        Assert.Equal(result.Output, Single(result, HistoryEventType.LambdaFunctionSucceeded).Output);
        var sent = Assert.Single(await fakes.Scope.GetRequestsAsync(Cancel));
        Assert.Equal("""{"seatId":"B-1"}""", sent.Body);
        Assert.Contains("function%3Aeventpro-reserve-seat", sent.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_FunctionError_FailsWithTheErrorTypeAndThePayloadAsCause()
    {
        const string payload = """{"errorMessage":"seat A-12 is held by another order","errorType":"SeatUnavailable","stackTrace":[]}""";
        await using var fakes = await StartAsync("lambda-function-error");
        await fakes.StubAsync(
            WireMockRequest.Create().UsingPost().WithPath(InvokePath),
            WireMockResponse.Create().WithHeader("X-Amz-Function-Error", "Unhandled").WithHeader("Content-Type", "application/json").WithBody(payload));

        var result = fakes.Run(Invoke, """{"seatId":"A-12"}""");

        Assert.Equal(("SeatUnavailable", payload), (result.Error, result.Cause));
        var failed = Single(result, HistoryEventType.TaskFailed);
        Assert.Equal(("SeatUnavailable", payload, "lambda", "invoke"), (failed.Error, failed.Cause, failed.ResourceType, failed.Resource));
    }

    [Fact]
    public async Task InvokeAsync_FunctionErrorWithoutErrorType_FailsWithLambdaUnknown()
    {
        const string payload = """{"errorMessage":"2026-01-01T00:00:03.000Z 1f2e Task timed out after 3.00 seconds"}""";
        await using var fakes = await StartAsync("lambda-unknown");
        await fakes.StubAsync(
            WireMockRequest.Create().UsingPost().WithPath(InvokePath),
            WireMockResponse.Create().WithHeader("X-Amz-Function-Error", "Unhandled").WithBody(payload));

        var result = fakes.Run(Invoke, """{"seatId":"A-12"}""");

        Assert.Equal(("Lambda.Unknown", payload), (result.Error, result.Cause));
    }

    [Theory]
    [InlineData(429, null, "Lambda.TooManyRequestsException", "TooManyRequestsException")]
    [InlineData(500, null, "Lambda.ServiceException", "ServiceException")]
    [InlineData(502, "EC2ThrottledException:http://internal.amazon.com/coral/com.amazonaws.lambda/", "Lambda.EC2ThrottledException", "EC2ThrottledException")]
    [InlineData(503, null, "Lambda.AWSLambdaException", "null")]
    public async Task InvokeAsync_ServiceError_FailsWithTheLambdaErrorName(int status, string? errorType, string error, string code)
    {
        await using var fakes = await StartAsync($"lambda-{status}");
        var response = WireMockResponse.Create().WithStatusCode(status).WithJsonBody("""{"Type":"Service","message":"Rate exceeded"}""").WithHeader("x-amzn-RequestId", "req-9");
        await fakes.StubAsync(WireMockRequest.Create().UsingPost().WithPath(InvokePath), errorType is null ? response : response.WithHeader("X-Amzn-ErrorType", errorType));

        var result = fakes.Run(Invoke, """{"seatId":"A-12"}""");

        Assert.Equal(error, result.Error);
        Assert.Equal($"Rate exceeded (Service: AWSLambda; Status Code: {status}; Error Code: {code}; Request ID: req-9; Proxy: null)", result.Cause);
    }

    [Theory]
    [InlineData(WireMockFault.ConnectionResetByPeer, "Unable to execute HTTP request: Connection reset")]
    [InlineData(WireMockFault.EmptyResponse, "Unable to execute HTTP request: The target server failed to respond")]
    public async Task InvokeAsync_TransportFailure_FailsWithSdkClientException(WireMockFault fault, string cause)
    {
        await using var fakes = await StartAsync($"lambda-{fault}");
        await fakes.StubAsync(WireMockRequest.Create().UsingPost().WithPath(InvokePath), WireMockResponse.Create().WithFault(fault));

        var result = fakes.Run(Invoke, """{"seatId":"A-12"}""");

        Assert.Equal(("Lambda.SdkClientException", cause), (result.Error, result.Cause));
    }

    [Fact]
    public async Task InvokeAsync_ThrottledTwiceUnderARetrier_SucceedsOnTheThirdCallAfterTheBackoff()
    {
        const string definition = """
            {
              "StartAt": "Call",
              "States": {
                "Call": {
                  "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": { "FunctionName": "eventpro-reserve-seat", "Payload": {} },
                  "Retry": [{ "ErrorEquals": ["Lambda.TooManyRequestsException"], "IntervalSeconds": 1, "BackoffRate": 2, "MaxAttempts": 3 }],
                  "OutputPath": "$.Payload",
                  "End": true
                }
              }
            }
            """;
        await using var fakes = await StartAsync("lambda-retry");
        await fakes.Scope.StubFailsThenSucceedsAsync(
            WireMockRequest.Create().UsingPost().WithPath(InvokePath),
            2,
            WireMockResponse.Create().WithStatusCode(429).WithJsonBody("""{"message":"Rate exceeded"}"""),
            WireMockResponse.Create().WithJsonBody("""{"reservationId":"res-79"}"""),
            cancellationToken: Cancel);

        var result = fakes.Run(definition);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("""{"reservationId":"res-79"}""", result.Output!.ToJson());
        Assert.Equal(2, result.Events.Count(e => e.Type == HistoryEventType.TaskFailed));
        Assert.Equal(TimeSpan.FromSeconds(3), result.StopDate - result.StartDate);
        Assert.Equal(3, await fakes.Scope.CountRequestsAsync(WireMockRequest.Create().WithPath(InvokePath), Cancel));
    }

    [Fact]
    public async Task InvokeAsync_NoFunctionName_FailsTheTask()
    {
        await using var fakes = await StartAsync("lambda-no-name");

        var result = fakes.Run(OneTask("arn:aws:states:::lambda:invoke", """{ "Payload": {} }"""));

        Assert.Equal("States.TaskFailed", result.Error);
        Assert.Contains("FunctionName", result.Cause, StringComparison.Ordinal);
        Assert.Empty(await fakes.Scope.GetRequestsAsync(Cancel));
    }
}
