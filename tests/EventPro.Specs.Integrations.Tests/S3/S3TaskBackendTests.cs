using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.WireMock;
using static EventPro.Specs.Integrations.Tests.FakeEndpoints;

namespace EventPro.Specs.Integrations.Tests.S3;

/// <summary>aws-sdk:s3 putObject and getObject through AWSSDK.S3 against the real WireMock.</summary>
public class S3TaskBackendTests
{
    private const string ObjectPath = "/eventpro-tickets/tickets/ord-1.pdf";

    [Fact]
    public async Task InvokeAsync_PutObject_SendsTheBodyPathStyleAndReturnsTheSdkResult()
    {
        await using var fakes = await StartAsync("s3-put");
        await fakes.StubAsync(
            WireMockRequest.Create().UsingPut().WithPath(ObjectPath),
            WireMockResponse.Create().WithHeader("ETag", "\"9b2cf535f27731c974343645a3985328\"").WithHeader("x-amz-server-side-encryption", "AES256").WithHeader("x-amz-request-id", "R1"));

        var result = fakes.Run(OneTask("arn:aws:states:::aws-sdk:s3:putObject", """
            { "Bucket": "eventpro-tickets", "Key": "tickets/ord-1.pdf", "Body": "ticket ord-1", "ContentType": "application/pdf", "Metadata": { "order-id": "ord-1" } }
            """));

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("""{"ETag":"\"9b2cf535f27731c974343645a3985328\"","ServerSideEncryption":"AES256"}""", result.Output!.ToJson());
        var scheduled = Single(result, HistoryEventType.TaskScheduled);
        Assert.Equal(("aws-sdk:s3", "putObject"), (scheduled.ResourceType, scheduled.Resource));
        var sent = Assert.Single(await fakes.Scope.GetRequestsAsync(Cancel));
        Assert.Equal("PUT", sent.Method);
        Assert.Equal("ticket ord-1", sent.Body);
        Assert.Equal("application/pdf", sent.GetHeader("Content-Type"));
        Assert.Equal("ord-1", sent.GetHeader("x-amz-meta-order-id"));
        Assert.StartsWith("AWS4-HMAC-SHA256", sent.GetHeader("Authorization"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_GetObject_ReturnsTheBodyAndHeadersInPascalCase()
    {
        await using var fakes = await StartAsync("s3-get");
        await fakes.StubAsync(
            WireMockRequest.Create().UsingGet().WithPath(ObjectPath),
            WireMockResponse.Create().WithBody("ticket ord-1").WithHeader("Content-Type", "application/pdf").WithHeader("ETag", "\"88710d6de670a53187b76328d25b295d\"")
                .WithHeader("Last-Modified", "Thu, 01 Jan 2026 00:00:00 GMT").WithHeader("x-amz-meta-order-id", "ord-1").WithHeader("Accept-Ranges", "bytes"));

        var result = fakes.Run(OneTask("arn:aws:states:::aws-sdk:s3:getObject", """{ "Bucket": "eventpro-tickets", "Key": "tickets/ord-1.pdf" }"""));

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        var output = (JsonObject)result.Output!;
        Assert.Equal("ticket ord-1", ((JsonString)output["Body"]).Value);
        Assert.Equal(12, ((JsonNumber)output["ContentLength"]).Value);
        Assert.Equal("application/pdf", ((JsonString)output["ContentType"]).Value);
        Assert.Equal("\"88710d6de670a53187b76328d25b295d\"", ((JsonString)output["ETag"]).Value);
        Assert.Equal("2026-01-01T00:00:00Z", ((JsonString)output["LastModified"]).Value);
        Assert.Equal("""{"order-id":"ord-1"}""", output["Metadata"].ToJson());
        Assert.Equal("bytes", ((JsonString)output["AcceptRanges"]).Value);
    }

    [Fact]
    public async Task InvokeAsync_NoSuchKey_FailsWithS3NoSuchKeyException()
    {
        await using var fakes = await StartAsync("s3-no-such-key");
        await fakes.StubAsync(
            WireMockRequest.Create().UsingGet().WithPath(ObjectPath),
            WireMockResponse.Create().WithStatusCode(404).WithHeader("Content-Type", "application/xml").WithHeader("x-amz-request-id", "R2").WithHeader("x-amz-id-2", "H2")
                .WithBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>tickets/ord-1.pdf</Key><RequestId>R2</RequestId><HostId>H2</HostId></Error>"));

        var result = fakes.Run(OneTask("arn:aws:states:::aws-sdk:s3:getObject", """{ "Bucket": "eventpro-tickets", "Key": "tickets/ord-1.pdf" }"""));

        Assert.Equal("S3.NoSuchKeyException", result.Error);
        Assert.Equal("The specified key does not exist. (Service: S3, Status Code: 404, Request ID: R2, Extended Request ID: H2)", result.Cause);
    }

    [Fact]
    public async Task InvokeAsync_ResetConnection_FailsWithS3SdkClientException()
    {
        await using var fakes = await StartAsync("s3-reset");
        await fakes.StubAsync(WireMockRequest.Create().UsingPut().WithPath(ObjectPath), WireMockResponse.Create().WithFault(WireMockFault.ConnectionResetByPeer));

        var result = fakes.Run(OneTask("arn:aws:states:::aws-sdk:s3:putObject", """{ "Bucket": "eventpro-tickets", "Key": "tickets/ord-1.pdf", "Body": "x" }"""));

        Assert.Equal("S3.SdkClientException", result.Error);
        Assert.StartsWith("Unable to execute HTTP request:", result.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_SlowerThanTheRequestTimeout_FailsWithS3SdkClientException()
    {
        await using var fakes = await StartAsync("s3-timeout", overrides => overrides with { RequestTimeout = TimeSpan.FromMilliseconds(300) });
        await fakes.StubAsync(WireMockRequest.Create().UsingPut().WithPath(ObjectPath), WireMockResponse.Create().WithFixedDelay(TimeSpan.FromMilliseconds(3000)));

        var result = fakes.Run(OneTask("arn:aws:states:::aws-sdk:s3:putObject", """{ "Bucket": "eventpro-tickets", "Key": "tickets/ord-1.pdf", "Body": "x" }"""));

        Assert.Equal(("S3.SdkClientException", "Unable to execute HTTP request: Read timed out"), (result.Error, result.Cause));
    }

    [Fact]
    public async Task InvokeAsync_UnsupportedField_FailsWithoutCalling()
    {
        await using var fakes = await StartAsync("s3-unsupported");

        var result = fakes.Run(OneTask("arn:aws:states:::aws-sdk:s3:putObject", """{ "Bucket": "b", "Key": "k", "Body": "x", "ObjectLockMode": "GOVERNANCE" }"""));

        Assert.Equal("States.Runtime", result.Error);
        Assert.Contains("ObjectLockMode", result.Cause, StringComparison.Ordinal);
        Assert.Empty(await fakes.Scope.GetRequestsAsync(Cancel));
    }
}
